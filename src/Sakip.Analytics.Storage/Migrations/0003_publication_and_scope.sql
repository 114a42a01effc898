-- Draft and published data, the audit log, and the only doors to the facts: table macros that
-- take a tenant and a visibility. Queries outside the storage layer read facts through them only.

-- A batch is a draft until an Operator publishes its (tenant, year, dataset). Publishing records
-- the newest batch covering the key at that moment: later batches stay drafts until published.
CREATE TABLE publications (
    tenant        VARCHAR NOT NULL,
    year          INTEGER NOT NULL,
    dataset       VARCHAR NOT NULL,
    batch_id      BIGINT NOT NULL,
    published_at  TIMESTAMP NOT NULL,
    published_by  VARCHAR NOT NULL,
    PRIMARY KEY (tenant, year, dataset)
);

-- Before this migration all loaded data counted as published: keep it so.
INSERT INTO publications (tenant, year, dataset, batch_id, published_at, published_by)
SELECT tenant, year, dataset, max(batch_id), now()::TIMESTAMP, 'migration-0003'
FROM batch_coverage
GROUP BY tenant, year, dataset;

CREATE SEQUENCE audit_ids START 1;

-- Append-only: the storage layer inserts and reads, never updates or deletes.
CREATE TABLE audit_log (
    audit_id  BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    tenant    VARCHAR,
    actor     VARCHAR NOT NULL,
    action    VARCHAR NOT NULL,   -- import | publish | unpublish | tenant_created | unit_created | user_...
    batch_id  BIGINT,
    year      INTEGER,
    dataset   VARCHAR,
    detail    VARCHAR
);

CREATE VIEW published_coverage AS
SELECT c.tenant, c.unit, c.year, c.dataset, max(c.batch_id) AS batch_id
FROM batch_coverage c
JOIN publications p
  ON p.tenant = c.tenant AND p.year = c.year AND p.dataset = c.dataset AND c.batch_id <= p.batch_id
GROUP BY c.tenant, c.unit, c.year, c.dataset;

CREATE MACRO visible_coverage(scope_tenant, include_drafts) AS TABLE
    SELECT tenant, unit, year, dataset, batch_id FROM current_coverage
    WHERE tenant = scope_tenant AND include_drafts
    UNION ALL
    SELECT tenant, unit, year, dataset, batch_id FROM published_coverage
    WHERE tenant = scope_tenant AND NOT include_drafts;

CREATE MACRO scoped_units(scope_tenant) AS TABLE
    SELECT * FROM units WHERE tenant = scope_tenant;

CREATE MACRO scoped_indicators(scope_tenant) AS TABLE
    SELECT * FROM indicators WHERE tenant = scope_tenant;

CREATE MACRO scoped_capaian_scales(scope_tenant) AS TABLE
    SELECT * FROM capaian_scales WHERE tenant = scope_tenant;

CREATE MACRO scoped_tenant(scope_tenant) AS TABLE
    SELECT * FROM tenants WHERE tenant = scope_tenant;

CREATE MACRO scoped_indicator_values(scope_tenant, include_drafts) AS TABLE
    SELECT v.* FROM indicator_values v
    JOIN visible_coverage(scope_tenant, include_drafts) c
      ON c.batch_id = v.batch_id AND c.tenant = v.tenant AND c.unit = v.unit AND c.year = v.year
     AND c.dataset = 'indicators';

CREATE MACRO scoped_budget_lines(scope_tenant, include_drafts) AS TABLE
    SELECT b.* FROM budget_lines b
    JOIN visible_coverage(scope_tenant, include_drafts) c
      ON c.batch_id = b.batch_id AND c.tenant = b.tenant AND c.unit = b.unit AND c.year = b.year
     AND c.dataset = 'budget';

CREATE MACRO scoped_akip_evaluations(scope_tenant, include_drafts) AS TABLE
    SELECT a.* FROM akip_evaluations a
    JOIN visible_coverage(scope_tenant, include_drafts) c
      ON c.batch_id = a.batch_id AND c.tenant = a.tenant AND c.unit = a.unit AND c.year = a.year
     AND c.dataset = 'akip';

CREATE MACRO scoped_ikm_surveys(scope_tenant, include_drafts) AS TABLE
    SELECT s.* FROM ikm_surveys s
    JOIN visible_coverage(scope_tenant, include_drafts) c
      ON c.batch_id = s.batch_id AND c.tenant = s.tenant AND c.unit = s.unit AND c.year = s.year
     AND c.dataset = 'ikm';

CREATE MACRO scoped_facts_long(scope_tenant, include_drafts) AS TABLE
SELECT v.tenant, v.unit, v.year, 'indicators' AS dataset, i.name AS measure, i.goal AS qualifier,
       v.kind, v.value, v.grade, v.text,
       v.source_document, v.source_table, v.source_line, v.batch_id
FROM scoped_indicator_values(scope_tenant, include_drafts) v
JOIN indicators i USING (indicator_id)
UNION ALL
SELECT tenant, unit, year, 'budget', coalesce(code, name), stage, kind, value, NULL, NULL,
       source_document, source_table, source_line, batch_id
FROM (
    UNPIVOT (SELECT * FROM scoped_budget_lines(scope_tenant, include_drafts))
    ON pagu, realisasi, reported_pct, realisasi_pegawai, realisasi_barang_jasa, realisasi_modal
    INTO NAME kind VALUE value
)
UNION ALL
SELECT tenant, unit, year, 'akip', measure, regulation, kind, value,
       CASE WHEN measure = 'total' THEN predikat END, NULL,
       source_document, source_table, source_line, batch_id
FROM (
    UNPIVOT (SELECT * FROM scoped_akip_evaluations(scope_tenant, include_drafts))
    ON perencanaan, pengukuran, pelaporan, evaluasi_internal, capaian, total
    INTO NAME measure VALUE value
)
UNION ALL
SELECT tenant, unit, year, 'ikm', measure, NULL,
       CASE WHEN measure = 'respondents' THEN 'count' ELSE 'realization' END, value,
       CASE WHEN measure = 'ikm' THEN mutu END, NULL,
       source_document, source_table, source_line, batch_id
FROM (
    UNPIVOT (SELECT * REPLACE (CAST(respondents AS DECIMAL(12, 6)) AS respondents)
             FROM scoped_ikm_surveys(scope_tenant, include_drafts))
    ON respondents, persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, sarana,
       pengaduan, nrr_weighted_total, ikm
    INTO NAME measure VALUE value
);
