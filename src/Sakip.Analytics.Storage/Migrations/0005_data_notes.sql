-- Data notes: the places where a report contradicts itself, loaded with the batch whose facts they
-- are about. A note keeps the figure as printed and the other figure (recomputed, or printed
-- elsewhere), both with their location; the facts themselves are never corrected.

CREATE TABLE data_notes (
    batch_id         BIGINT NOT NULL,
    tenant           VARCHAR NOT NULL,
    unit             VARCHAR NOT NULL,
    year             INTEGER NOT NULL,
    dataset          VARCHAR NOT NULL,  -- indicators | budget | akip | ikm
    kind             VARCHAR NOT NULL,  -- sum_mismatch | capaian_miscomputed | table_vs_table | ...
    subject          VARCHAR,           -- the indicator or budget line the note is about
    description      VARCHAR NOT NULL,  -- one sentence: "... dilaporkan 996,22%, dihitung 100,74% ..."
    reported_label   VARCHAR NOT NULL,
    reported_value   DECIMAL(24, 6),
    reported_text    VARCHAR NOT NULL,
    reported_table   VARCHAR,
    reported_line    INTEGER,
    expected_label   VARCHAR NOT NULL,  -- "dihitung", or the caption of the table that prints the other figure
    expected_value   DECIMAL(24, 6),
    expected_text    VARCHAR NOT NULL,
    expected_table   VARCHAR,
    expected_line    INTEGER,
    source_document  VARCHAR NOT NULL,
    source_file      VARCHAR NOT NULL,
    source_row       INTEGER NOT NULL
);

-- A note is visible exactly when its batch is the visible one for its (tenant, unit, year, dataset):
-- the published batch to the public, the newest one to those who see drafts.
CREATE MACRO scoped_data_notes(scope_tenant, include_drafts) AS TABLE
    SELECT n.* FROM data_notes n
    JOIN visible_coverage(scope_tenant, include_drafts) c
      ON c.batch_id = n.batch_id AND c.tenant = n.tenant AND c.unit = n.unit AND c.year = n.year
     AND c.dataset = n.dataset;
