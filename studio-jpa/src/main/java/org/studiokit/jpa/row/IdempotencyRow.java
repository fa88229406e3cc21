package org.studiokit.jpa.row;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.store.IdempotentResult;

/**
 * The first result of a command with an idempotency key (IDM-1). Keyed by the SHA-256 of the key, so a key of any
 * length or alphabet fits the index; the key itself is kept as given.
 */
@Entity
@Table(name = "sk_idempotency")
@IdClass(NameKey.class)
public class IdempotencyRow {
    @Id
    String studioId;
    @Id
    String name;
    String keyText;
    String command;
    String fingerprint;
    String resultType;
    String result;

    /** For the persistence provider. */
    protected IdempotencyRow() {
    }

    /** @return the hash the key is stored under */
    public static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the row of a key's first result */
    public static IdempotencyRow of(String studioId, String key, IdempotentResult value) {
        IdempotencyRow r = new IdempotencyRow();
        r.studioId = studioId;
        r.name = hash(key);
        r.keyText = key;
        r.command = value.command();
        r.fingerprint = value.fingerprint();
        r.resultType = value.receipt() == null ? null : Receipt.class.getName();
        r.result = Json.write(value.receipt());
        return r;
    }

    /** @return the stored result */
    public IdempotentResult value() {
        try {
            Receipt v = resultType == null ? null : Json.read(result, Class.forName(resultType).asSubclass(Receipt.class));
            return new IdempotentResult(command, fingerprint, v);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("stored result of an unknown type " + resultType, e);
        }
    }
}
