package nl.mensenhandel.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import nl.mensenhandel.platform.config.Secrets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Field encryption (issue 6 §3): AEAD per region, bound to document and field, with key rotation. */
class FieldEncryptionTest {

    static final String ZAANSTREEK = "zaanstreek-waterland";
    static final String KENNEMERLAND = "kennemerland";
    static final String DOC = "5b0f7c3e-0000-4000-8000-000000000001";
    static final String TEXT = "Schoonmakers slapen in de opslagruimte van Voorbeeldweg 12";

    static {
        try {
            AeadConfig.register();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static FieldEncryption local() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(Secrets.LOCAL_PROFILE);
        return FieldEncryption.fromEnvironment(environment);
    }

    static String configured(KeysetHandle keyset) throws Exception {
        return TestKeys.configured(keyset);
    }

    static FieldEncryption withKeys(KeysetHandle keyset) throws Exception {
        return new FieldEncryption(RegionKeysets.parse(KeyKind.FIELD_ENCRYPTION, configured(keyset)));
    }

    /** Tink's output prefix: 0x01, then the 4-byte id of the key that encrypted. */
    static int keyIdOf(String stored) {
        byte[] raw = Base64.getDecoder().decode(stored.substring(FieldEncryption.PREFIX.length()));
        assertThat(raw[0]).isEqualTo((byte) 1);
        return ByteBuffer.wrap(raw, 1, 4).getInt();
    }

    @Test
    void aFieldRoundTripsAndIsStoredWithoutItsClearText() {
        FieldEncryption encryption = local();
        String stored = encryption.encrypt(ZAANSTREEK, DOC, "description", TEXT);

        assertThat(stored).startsWith("enc:v1:").doesNotContain("Voorbeeldweg").doesNotContain("Schoonmakers");
        assertThat(encryption.decrypt(ZAANSTREEK, DOC, "description", stored)).isEqualTo(TEXT);
        // a fresh nonce each time: equal texts do not give equal ciphertexts (no equality leak)
        assertThat(encryption.encrypt(ZAANSTREEK, DOC, "description", TEXT)).isNotEqualTo(stored);
        assertThat(encryption.encrypt(ZAANSTREEK, DOC, "description", null)).isNull();
        assertThat(encryption.decrypt(ZAANSTREEK, DOC, "description", null)).isNull();
        assertThat(encryption.decrypt(ZAANSTREEK, DOC, "description",
                encryption.encrypt(ZAANSTREEK, DOC, "description", ""))).isEmpty();
    }

    @Test
    void anotherRegionsKeyDoesNotDecrypt() throws Exception {
        FieldEncryption encryption = local();
        String stored = encryption.encrypt(ZAANSTREEK, DOC, "description", TEXT);

        assertThatThrownBy(() -> encryption.decrypt(KENNEMERLAND, DOC, "description", stored))
                .isInstanceOf(FieldCryptoException.class).hasMessageContaining(KENNEMERLAND)
                .hasMessageNotContaining(TEXT);
        // nor does another deployment's key for the same region
        FieldEncryption other = withKeys(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        assertThatThrownBy(() -> other.decrypt(ZAANSTREEK, DOC, "description", stored))
                .isInstanceOf(FieldCryptoException.class);
    }

    @Test
    void aCiphertextMovedToAnotherDocumentOrFieldDoesNotDecrypt() {
        FieldEncryption encryption = local();
        String stored = encryption.encrypt(ZAANSTREEK, DOC, "reporter.contact", "meldpunt@zaanstad.example");

        assertThatThrownBy(() -> encryption.decrypt(ZAANSTREEK, "another-signal", "reporter.contact", stored))
                .isInstanceOf(FieldCryptoException.class);
        assertThatThrownBy(() -> encryption.decrypt(ZAANSTREEK, DOC, "reporter.name", stored))
                .isInstanceOf(FieldCryptoException.class);
        assertThat(encryption.decrypt(ZAANSTREEK, DOC, "reporter.contact", stored))
                .isEqualTo("meldpunt@zaanstad.example");
    }

    @Test
    void anAlteredOrClearValueIsRefusedNotPassedThrough() {
        FieldEncryption encryption = local();
        String stored = encryption.encrypt(ZAANSTREEK, DOC, "description", TEXT);
        // flip one bit of the ciphertext itself (a changed last base64 character may only touch unused bits)
        byte[] ciphertext = java.util.Base64.getDecoder().decode(stored.substring(FieldEncryption.PREFIX.length()));
        ciphertext[ciphertext.length / 2] ^= 0x01;
        String altered = FieldEncryption.PREFIX
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(ciphertext);

        assertThatThrownBy(() -> encryption.decrypt(ZAANSTREEK, DOC, "description", altered))
                .isInstanceOf(FieldCryptoException.class);
        assertThatThrownBy(() -> encryption.decrypt(ZAANSTREEK, DOC, "description", TEXT))
                .isInstanceOf(FieldCryptoException.class).hasMessageContaining("not encrypted")
                .hasMessageNotContaining(TEXT);
        assertThatThrownBy(() -> encryption.decrypt(ZAANSTREEK, DOC, "description", "enc:v1:not base64!"))
                .isInstanceOf(FieldCryptoException.class);
    }

    @Test
    void afterRotationOldDataStillDecryptsAndNewWritesUseTheNewPrimaryKey() throws Exception {
        KeysetHandle key1 = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        FieldEncryption before = withKeys(key1);
        String writtenUnderKey1 = before.encrypt(ZAANSTREEK, DOC, "description", TEXT);

        KeysetHandle key1And2 = KeysetHandle.newBuilder(key1)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId().makePrimary())
                .build();
        int key1Id = key1.getPrimary().getId();
        int key2Id = key1And2.getPrimary().getId();
        assertThat(key2Id).isNotEqualTo(key1Id);
        FieldEncryption after = withKeys(key1And2);

        assertThat(keyIdOf(writtenUnderKey1)).isEqualTo(key1Id);
        assertThat(after.decrypt(ZAANSTREEK, DOC, "description", writtenUnderKey1)).isEqualTo(TEXT);
        String writtenUnderKey2 = after.encrypt(ZAANSTREEK, DOC, "description", TEXT);
        assertThat(keyIdOf(writtenUnderKey2)).isEqualTo(key2Id);
        assertThat(after.decrypt(ZAANSTREEK, DOC, "description", writtenUnderKey2)).isEqualTo(TEXT);
        // the new key really is another key: the old keyset cannot read what it wrote
        assertThatThrownBy(() -> before.decrypt(ZAANSTREEK, DOC, "description", writtenUnderKey2))
                .isInstanceOf(FieldCryptoException.class);
    }

    @Test
    void theLocalDevelopmentKeysAreStableAcrossRestarts() {
        String stored = local().encrypt(ZAANSTREEK, DOC, "description", TEXT);
        assertThat(local().decrypt(ZAANSTREEK, DOC, "description", stored)).isEqualTo(TEXT);
    }

    @Test
    void outsideTheLocalProfileAMissingKeyStopsTheStartNamingTheVariable() {
        MockEnvironment production = new MockEnvironment();
        assertThatThrownBy(() -> FieldEncryption.fromEnvironment(production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PLATFORM_FIELD_KEYS");
        assertThatThrownBy(() -> BlindIndex.fromEnvironment(production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PLATFORM_BLIND_INDEX_KEYS");
    }

    @Test
    void configuredKeysAreUsedAndMustCoverEveryRegion() throws Exception {
        KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        MockEnvironment production = new MockEnvironment()
                .withProperty("platform.crypto.field-keys", configured(keyset));
        FieldEncryption encryption = FieldEncryption.fromEnvironment(production);
        assertThat(keyIdOf(encryption.encrypt(ZAANSTREEK, DOC, "description", TEXT)))
                .isEqualTo(keyset.getPrimary().getId());

        String keysetJson = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        MockEnvironment oneRegionOnly = new MockEnvironment()
                .withProperty("platform.crypto.field-keys", "{\"" + ZAANSTREEK + "\":" + keysetJson + "}");
        assertThatThrownBy(() -> FieldEncryption.fromEnvironment(oneRegionOnly))
                .hasMessageContaining("PLATFORM_FIELD_KEYS").hasMessageContaining(KENNEMERLAND);
    }

    @Test
    void aKeysetOfTheWrongKindOrUnreadableJsonIsRefusedWithoutEchoingIt() throws Exception {
        KeysetHandle aes128 = KeysetHandle.generateNew(PredefinedAeadParameters.AES128_GCM);
        assertThatThrownBy(() -> RegionKeysets.parse(KeyKind.FIELD_ENCRYPTION, configured(aes128)))
                .hasMessageContaining("AES256_GCM");
        String secretLooking = "{\"zaanstreek-waterland\": not-json-SECRETVALUE";
        assertThatThrownBy(() -> RegionKeysets.parse(KeyKind.FIELD_ENCRYPTION, secretLooking))
                .hasMessageContaining("PLATFORM_FIELD_KEYS").hasMessageNotContaining("SECRETVALUE");
        assertThat(Set.copyOf(RegionKeysets.parse(KeyKind.FIELD_ENCRYPTION, configured(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM))).byRegion().keySet()))
                .containsAll(Set.of(ZAANSTREEK, KENNEMERLAND));
    }
}
