-- The warehouse: dimensions (tenants, units, indicators), long fact tables with provenance on
-- every row, and the batches that loaded them. Facts are never updated in place: a newer batch
-- supersedes an older one per (tenant, unit, year, dataset) through batch_coverage.

CREATE TABLE tenants (
    tenant                  VARCHAR PRIMARY KEY,
    name                    VARCHAR NOT NULL,
    kind                    VARCHAR NOT NULL,
    province                VARCHAR,
    lower_is_better_method  VARCHAR NOT NULL DEFAULT 'target_over_realization'
);

CREATE TABLE units (
    tenant  VARCHAR NOT NULL,
    unit    VARCHAR NOT NULL,
    name    VARCHAR NOT NULL,
    kind    VARCHAR NOT NULL,
    PRIMARY KEY (tenant, unit)
);

CREATE TABLE unit_aliases (
    tenant  VARCHAR NOT NULL,
    unit    VARCHAR NOT NULL,
    alias   VARCHAR NOT NULL,
    PRIMARY KEY (tenant, unit, alias)
);

CREATE TABLE capaian_scales (
    tenant     VARCHAR NOT NULL,
    ordinal    INTEGER NOT NULL,
    label      VARCHAR NOT NULL,
    min_value  DECIMAL(12, 4),
    max_value  DECIMAL(12, 4),
    PRIMARY KEY (tenant, ordinal)
);

CREATE SEQUENCE batch_ids START 1;

CREATE TABLE batches (
    batch_id      BIGINT PRIMARY KEY,
    content_hash  VARCHAR NOT NULL UNIQUE,
    source_path   VARCHAR NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,
    run_id        BIGINT
);

-- Which (tenant, unit, year, dataset) keys a batch holds facts for; the newest batch of a key is current.
CREATE TABLE batch_coverage (
    batch_id  BIGINT NOT NULL,
    tenant    VARCHAR NOT NULL,
    unit      VARCHAR NOT NULL,
    year      INTEGER NOT NULL,
    dataset   VARCHAR NOT NULL,
    row_count INTEGER NOT NULL,
    PRIMARY KEY (batch_id, tenant, unit, year, dataset)
);

CREATE SEQUENCE indicator_ids START 1;

CREATE TABLE indicators (
    indicator_id  BIGINT PRIMARY KEY,
    tenant        VARCHAR NOT NULL,
    unit          VARCHAR NOT NULL,
    goal          VARCHAR NOT NULL,  -- '' when the report gives none
    name          VARCHAR NOT NULL,
    level         VARCHAR NOT NULL,
    satuan        VARCHAR,
    polarity      VARCHAR NOT NULL,
    UNIQUE (tenant, unit, goal, name)
);

CREATE TABLE indicator_values (
    batch_id         BIGINT NOT NULL,
    tenant           VARCHAR NOT NULL,
    unit             VARCHAR NOT NULL,
    indicator_id     BIGINT NOT NULL,
    year             INTEGER NOT NULL,
    kind             VARCHAR NOT NULL,
    value            DECIMAL(18, 6),
    text             VARCHAR NOT NULL,
    grade            VARCHAR,
    source_document  VARCHAR NOT NULL,
    source_table     VARCHAR,
    source_line      INTEGER,
    source_file      VARCHAR NOT NULL,
    source_row       INTEGER NOT NULL
);

CREATE TABLE budget_lines (
    batch_id               BIGINT NOT NULL,
    tenant                 VARCHAR NOT NULL,
    unit                   VARCHAR NOT NULL,
    year                   INTEGER NOT NULL,
    stage                  VARCHAR NOT NULL,
    level                  VARCHAR NOT NULL,
    code                   VARCHAR,
    name                   VARCHAR NOT NULL,
    pagu                   DECIMAL(20, 2),
    realisasi              DECIMAL(20, 2),
    reported_pct           DECIMAL(12, 4),
    realisasi_pegawai      DECIMAL(20, 2),
    realisasi_barang_jasa  DECIMAL(20, 2),
    realisasi_modal        DECIMAL(20, 2),
    source_document        VARCHAR NOT NULL,
    source_table           VARCHAR,
    source_line            INTEGER,
    source_file            VARCHAR NOT NULL,
    source_row             INTEGER NOT NULL
);

CREATE TABLE akip_evaluations (
    batch_id           BIGINT NOT NULL,
    tenant             VARCHAR NOT NULL,
    unit               VARCHAR NOT NULL,
    year               INTEGER NOT NULL,
    kind               VARCHAR NOT NULL,
    regulation         VARCHAR NOT NULL,
    perencanaan        DECIMAL(9, 4),
    pengukuran         DECIMAL(9, 4),
    pelaporan          DECIMAL(9, 4),
    evaluasi_internal  DECIMAL(9, 4),
    capaian            DECIMAL(9, 4),
    total              DECIMAL(9, 4),
    predikat           VARCHAR,
    evaluator          VARCHAR,
    source_document    VARCHAR NOT NULL,
    source_table       VARCHAR,
    source_line        INTEGER,
    source_file        VARCHAR NOT NULL,
    source_row         INTEGER NOT NULL
);

CREATE TABLE ikm_surveys (
    batch_id            BIGINT NOT NULL,
    tenant              VARCHAR NOT NULL,
    unit                VARCHAR NOT NULL,
    year                INTEGER NOT NULL,
    respondents         INTEGER,
    persyaratan         DECIMAL(9, 6),
    prosedur            DECIMAL(9, 6),
    waktu               DECIMAL(9, 6),
    biaya               DECIMAL(9, 6),
    produk              DECIMAL(9, 6),
    kompetensi          DECIMAL(9, 6),
    perilaku            DECIMAL(9, 6),
    sarana              DECIMAL(9, 6),
    pengaduan           DECIMAL(9, 6),
    nrr_weighted_total  DECIMAL(12, 6),
    ikm                 DECIMAL(12, 6),
    mutu                VARCHAR,
    survey_period       VARCHAR,
    source_document     VARCHAR NOT NULL,
    source_table        VARCHAR,
    source_line         INTEGER,
    source_file         VARCHAR NOT NULL,
    source_row          INTEGER NOT NULL
);

CREATE SEQUENCE run_ids START 1;

CREATE TABLE etl_runs (
    run_id           BIGINT PRIMARY KEY,
    job              VARCHAR NOT NULL,
    source_path      VARCHAR NOT NULL,
    trigger          VARCHAR NOT NULL,
    started_at       TIMESTAMP NOT NULL,
    ended_at         TIMESTAMP,
    status           VARCHAR NOT NULL,  -- running | succeeded | unchanged | rejected | failed | interrupted
    attempts         INTEGER NOT NULL DEFAULT 0,
    batch_id         BIGINT,
    rows_indicators  INTEGER NOT NULL DEFAULT 0,
    rows_budget      INTEGER NOT NULL DEFAULT 0,
    rows_akip        INTEGER NOT NULL DEFAULT 0,
    rows_ikm         INTEGER NOT NULL DEFAULT 0,
    error_count      INTEGER NOT NULL DEFAULT 0,
    errors           VARCHAR,           -- one error per line: file, row, column: reason
    message          VARCHAR
);
