-- STO-3 crash safety on H2: H2 keeps CLOB values in a separate LOB store whose references can dangle after the
-- process is killed mid-transaction (reading such a row fails with "Cannot read field streamStoreId"). Every text
-- column becomes CHARACTER VARYING (H2 2.x allows up to 1,000,000,000 characters), kept inline in the row and written
-- by the same crash-safe commit as the rest of the row. SET DATA TYPE converts existing rows and keeps NOT NULL.
ALTER TABLE sk_studio ALTER COLUMN settings SET DATA TYPE CHARACTER VARYING;
ALTER TABLE sk_document ALTER COLUMN tax_codes SET DATA TYPE CHARACTER VARYING;
ALTER TABLE sk_document ALTER COLUMN totals SET DATA TYPE CHARACTER VARYING;
ALTER TABLE sk_document ALTER COLUMN plan SET DATA TYPE CHARACTER VARYING;
ALTER TABLE sk_document_line ALTER COLUMN tax_codes SET DATA TYPE CHARACTER VARYING;
ALTER TABLE sk_audit ALTER COLUMN before_text SET DATA TYPE CHARACTER VARYING;
ALTER TABLE sk_audit ALTER COLUMN after_text SET DATA TYPE CHARACTER VARYING;
ALTER TABLE sk_idempotency ALTER COLUMN result SET DATA TYPE CHARACTER VARYING;
ALTER TABLE sk_batch ALTER COLUMN detail SET DATA TYPE CHARACTER VARYING;
ALTER TABLE sk_export ALTER COLUMN content SET DATA TYPE CHARACTER VARYING;
