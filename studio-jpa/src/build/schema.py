#!/usr/bin/env python3
"""Writes V1 of the schema for H2, PostgreSQL and MariaDB from one table list (run from studio-jpa/).

Types: id = the studio id; key = short fixed text; text = any length of user text; json = a JSON value;
i64, i32, bool, date. Every primary key and index starts with studio_id (STO-4).
V1 is applied history and must stay byte-identical (Flyway checks its checksum): later changes are new migrations.
H2's json columns are CLOB here and become CHARACTER VARYING in V4__inline_text.sql (crash safety, STO-3).
"""
TYPES = {
    "h2": {"id": "VARCHAR(64)", "key": "VARCHAR(64)", "text": "VARCHAR", "json": "CLOB", "i64": "BIGINT",
           "i32": "INTEGER", "bool": "BOOLEAN", "date": "DATE"},
    "postgresql": {"id": "VARCHAR(64)", "key": "VARCHAR(64)", "text": "TEXT", "json": "TEXT", "i64": "BIGINT",
                   "i32": "INTEGER", "bool": "BOOLEAN", "date": "DATE"},
    "mariadb": {"id": "VARCHAR(64)", "key": "VARCHAR(64)", "text": "LONGTEXT", "json": "LONGTEXT", "i64": "BIGINT",
                "i32": "INT", "bool": "BOOLEAN", "date": "DATE"},
}
LOCK = [("lock_batch", "i64!"), ("lock_unlocked", "bool!"), ("lock_unlocked_by", "text"), ("lock_reason", "text")]
TABLES = [
    ("sk_studio", [("studio_id", "id!"), ("settings", "json!"), ("lock_date", "date")], ["studio_id"], [], None),
    ("sk_sequence", [("studio_id", "id!"), ("name", "key!"), ("next_value", "i64!")], ["studio_id", "name"], [], None),
    ("sk_client", [("studio_id", "id!"), ("id", "i64!"), ("record_no", "i64!"), ("name", "text!"), ("email", "text"),
                   ("phone", "text"), ("quick_sale", "bool!")], ["studio_id", "id"], [["record_no"]], None),
    ("sk_session", [("studio_id", "id!"), ("id", "i64!"), ("record_no", "i64!"), ("client_id", "i64!"),
                    ("session_type", "text!"), ("session_date", "date!"), ("photographer", "text"), ("status", "text")],
     ["studio_id", "id"], [["record_no"], ["client_id"]], None),
    ("sk_document", [("studio_id", "id!"), ("id", "i64!"), ("record_no", "i64!"), ("doc_type", "key!"),
                     ("client_id", "i64!"), ("session_id", "i64"), ("doc_date", "date!"), ("currency", "key!"),
                     ("discount_minor", "i64"), ("discount_percent", "key"), ("shipping_minor", "i64"),
                     ("tax_codes", "json"), ("totals", "json!"), ("total_minor", "i64!"), ("original_id", "i64"),
                     ("reason", "text"), ("write_off", "bool!"), ("deposit_refund", "bool!"), ("delivered", "date"),
                     ("voided", "bool!"), ("converted_to", "i64"), ("plan", "json")] + LOCK
     + [("created_by", "text"), ("version", "i64!")],
     ["studio_id", "id"], [["record_no"], ["client_id"], ["original_id"], ["doc_date"], ["lock_batch"]], None),
    ("sk_document_line", [("studio_id", "id!"), ("document_id", "i64!"), ("line_no", "i32!"), ("item", "text!"),
                          ("description", "text"), ("category", "text"), ("account", "text"), ("quantity", "i64!"),
                          ("unit_price_minor", "i64!"), ("discount_minor", "i64"), ("discount_percent", "key"),
                          ("tax_codes", "json")],
     ["studio_id", "document_id", "line_no"], [], ("sk_document", ["studio_id", "document_id"], ["studio_id", "id"])),
    ("sk_movement", [("studio_id", "id!"), ("id", "i64!"), ("record_no", "i64!"), ("kind", "key!"),
                     ("movement_date", "date!"), ("amount_minor", "i64!"), ("currency", "key!"), ("method", "text"),
                     ("reference", "text"), ("user_name", "text"), ("idempotency_key", "text"), ("client_id", "i64!"),
                     ("document_id", "i64"), ("target_id", "i64"), ("source_id", "i64"), ("pair_id", "i64"),
                     ("voided", "bool!")] + LOCK + [("version", "i64!")],
     ["studio_id", "id"], [["record_no"], ["document_id"], ["target_id"], ["source_id"], ["client_id"],
                           ["movement_date"], ["lock_batch"]], None),
    ("sk_production_order", [("studio_id", "id!"), ("id", "i64!"), ("record_no", "i64!"), ("document_id", "i64!"),
                             ("vendor", "text"), ("kind", "key!"), ("order_type", "text!"), ("status", "text!"),
                             ("held_at", "text"), ("due", "date"), ("notes", "text"), ("vendor_notes", "text"),
                             ("voided", "bool!")], ["studio_id", "id"], [["record_no"], ["document_id"]], None),
    ("sk_order_history", [("studio_id", "id!"), ("order_id", "i64!"), ("change_no", "i32!"), ("from_status", "text"),
                          ("to_status", "text"), ("at_second", "i64!"), ("at_nano", "i32!"), ("changed_by", "text"),
                          ("change_source", "key")],
     ["studio_id", "order_id", "change_no"], [], ("sk_production_order", ["studio_id", "order_id"], ["studio_id", "id"])),
    ("sk_audit", [("studio_id", "id!"), ("id", "i64!"), ("at_second", "i64!"), ("at_nano", "i32!"), ("actor", "text"),
                  ("action", "text"), ("record_label", "text"), ("before_text", "json"), ("after_text", "json"),
                  ("previous_hash", "key!"), ("hash", "key!")], ["studio_id", "id"], [], None),
    ("sk_idempotency", [("studio_id", "id!"), ("name", "key!"), ("key_text", "text!"), ("command", "text!"),
                        ("fingerprint", "text!"), ("result_type", "text"), ("result", "json")],
     ["studio_id", "name"], [], None),
    ("sk_batch", [("studio_id", "id!"), ("id", "i64!"), ("cut_off", "date"), ("at_second", "i64!"), ("at_nano", "i32!"),
                  ("actor", "text"), ("debits_minor", "i64!"), ("credits_minor", "i64!"), ("currency", "key!"),
                  ("detail", "json!")], ["studio_id", "id"], [], None),
    ("sk_journal_entry", [("studio_id", "id!"), ("batch_no", "i64!"), ("entry_no", "i32!"), ("entry_date", "date"),
                          ("kind", "key!"), ("record_kind", "key"), ("record_id", "i64!"), ("record_label", "text"),
                          ("memo", "text"), ("original_batch", "i64!"), ("currency", "key!")],
     ["studio_id", "batch_no", "entry_no"], [["entry_date"]], ("sk_batch", ["studio_id", "batch_no"], ["studio_id", "id"])),
    ("sk_journal_line", [("studio_id", "id!"), ("batch_no", "i64!"), ("entry_no", "i32!"), ("line_no", "i32!"),
                         ("account", "text!"), ("client_id", "i64!"), ("client_name", "text"), ("amount_minor", "i64!")],
     ["studio_id", "batch_no", "entry_no", "line_no"], [],
     ("sk_journal_entry", ["studio_id", "batch_no", "entry_no"], ["studio_id", "batch_no", "entry_no"])),
    ("sk_booked", [("studio_id", "id!"), ("record_kind", "key!"), ("record_id", "i64!")],
     ["studio_id", "record_kind", "record_id"], [], None),
    ("sk_booked_line", [("studio_id", "id!"), ("record_kind", "key!"), ("record_id", "i64!"), ("line_no", "i32!"),
                        ("account", "text!"), ("client_id", "i64!"), ("client_name", "text"), ("amount_minor", "i64!")],
     ["studio_id", "record_kind", "record_id", "line_no"], [],
     ("sk_booked", ["studio_id", "record_kind", "record_id"], ["studio_id", "record_kind", "record_id"])),
]


def ddl(vendor):
    t = TYPES[vendor]
    out = ["-- StudioKit schema v1 (" + vendor + "): written by src/build/schema.py; every key starts with studio_id.", ""]
    for name, cols, pk, idx, fk in TABLES:
        lines = []
        for col, typ in cols:
            notnull = typ.endswith("!")
            lines.append("    " + col + " " + t[typ.rstrip("!")] + (" NOT NULL" if notnull else ""))
        lines.append("    " + ("" if vendor == "mariadb" else "CONSTRAINT pk_" + name + " ") + "PRIMARY KEY (" + ", ".join(pk) + ")")
        if fk:
            lines.append("    CONSTRAINT fk_" + name + " FOREIGN KEY (" + ", ".join(fk[1]) + ") REFERENCES " + fk[0]
                         + " (" + ", ".join(fk[2]) + ")")
        tail = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" if vendor == "mariadb" else ""
        out.append("CREATE TABLE " + name + " (\n" + ",\n".join(lines) + "\n)" + tail + ";")
        for i in idx:
            out.append("CREATE INDEX ix_" + name + "_" + "_".join(i) + " ON " + name + " (studio_id, " + ", ".join(i) + ");")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    for v in TYPES:
        with open("src/main/resources/db/" + v + "/V1__schema.sql", "w") as f:
            f.write(ddl(v))
