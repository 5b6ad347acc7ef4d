package nl.mensenhandel.platform.tenancy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reference data: the municipalities of the regions served by this instance, read from
 * {@code reference/municipalities.csv} (code;name;region;population).
 */
public final class MunicipalityRegistry {

    private static final String RESOURCE = "/reference/municipalities.csv";

    private final Map<String, Municipality> byCode;

    MunicipalityRegistry(Map<String, Municipality> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The reference data, read once per JVM: it is immutable and ships in the jar. */
    public static MunicipalityRegistry load() {
        return Loaded.REGISTRY;
    }

    /** Read on first use (holder idiom), so a failure names the missing resource where it is used. */
    private static final class Loaded {
        static final MunicipalityRegistry REGISTRY = read();
    }

    private static MunicipalityRegistry read() {
        try (InputStream in = MunicipalityRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MunicipalityRegistry parse(InputStream in) throws IOException {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                Integer population = f[3].isBlank() ? null : Integer.valueOf(f[3].trim());
                Municipality m = new Municipality(f[0].trim(), f[1].trim(), f[2].trim(), population);
                if (byCode.put(m.code(), m) != null) {
                    throw new IllegalStateException("Duplicate municipality code " + m.code());
                }
            }
        }
        return new MunicipalityRegistry(byCode);
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean belongsToRegion(String code, String region) {
        return find(code).map(m -> m.region().equals(region)).orElse(false);
    }

    public List<Municipality> inRegion(String region) {
        return byCode.values().stream().filter(m -> m.region().equals(region)).toList();
    }

    public Collection<Municipality> all() {
        return byCode.values();
    }
}
