package nl.mensenhandel.signal.inbox;

import java.util.ArrayList;
import java.util.List;

import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Who a notification is for, resolved when it is posted: a realm role (of the notification's region),
 * optionally narrowed to the users serving one municipality, or one user by username.
 * <p>
 * Stored as flat keys ({@link #key()}), so a user's inbox is one {@code $in} query over the keys their token
 * gives ({@link #keysOf(TenantContext)}) — no per-user copies: a notification stands in every addressed inbox
 * at once, also of a user who gets the role later.
 */
public record Audience(String role, String municipalityCode, String username) {

    public static Audience role(String role) {
        return new Audience(role, null, null);
    }

    public static Audience roleIn(String role, String municipalityCode) {
        return new Audience(role, municipalityCode, null);
    }

    public static Audience user(String username) {
        return new Audience(null, null, username);
    }

    /** The stored key: {@code role:<role>}, {@code role:<role>@<municipality>} or {@code user:<username>}. */
    public String key() {
        if (username != null) {
            return "user:" + username;
        }
        return municipalityCode == null ? "role:" + role : "role:" + role + "@" + municipalityCode;
    }

    /**
     * Rule (need to know): a user reads the notifications addressed to one of their roles — region-wide, or for a
     * municipality they serve (claim {@code municipalities}) — or to their username. Nothing else.
     */
    public static List<String> keysOf(TenantContext caller) {
        List<String> keys = new ArrayList<>();
        for (String role : caller.roles()) {
            keys.add(role(role).key());
            for (String municipality : caller.municipalities()) {
                keys.add(roleIn(role, municipality).key());
            }
        }
        if (caller.username() != null) {
            keys.add(user(caller.username()).key());
        }
        return keys;
    }
}
