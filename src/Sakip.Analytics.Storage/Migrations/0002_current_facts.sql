-- The current facts: for every (tenant, unit, year, dataset) the newest batch that covers it.
CREATE VIEW current_coverage AS
SELECT tenant, unit, year, dataset, max(batch_id) AS batch_id
FROM batch_coverage
GROUP BY tenant, unit, year, dataset;

CREATE VIEW current_indicator_values AS
SELECT v.*
FROM indicator_values v
JOIN current_coverage c
  ON c.batch_id = v.batch_id AND c.tenant = v.tenant AND c.unit = v.unit
 AND c.year = v.year AND c.dataset = 'indicators';

CREATE VIEW current_budget_lines AS
SELECT b.*
FROM budget_lines b
JOIN current_coverage c
  ON c.batch_id = b.batch_id AND c.tenant = b.tenant AND c.unit = b.unit
 AND c.year = b.year AND c.dataset = 'budget';

CREATE VIEW current_akip_evaluations AS
SELECT a.*
FROM akip_evaluations a
JOIN current_coverage c
  ON c.batch_id = a.batch_id AND c.tenant = a.tenant AND c.unit = a.unit
 AND c.year = a.year AND c.dataset = 'akip';

CREATE VIEW current_ikm_surveys AS
SELECT s.*
FROM ikm_surveys s
JOIN current_coverage c
  ON c.batch_id = s.batch_id AND c.tenant = s.tenant AND c.unit = s.unit
 AND c.year = s.year AND c.dataset = 'ikm';

-- Every current fact in one long shape: the export format and the base of cross-unit queries.
CREATE VIEW current_facts_long AS
SELECT v.tenant, v.unit, v.year, 'indicators' AS dataset, i.name AS measure, i.goal AS qualifier,
       v.kind, v.value, v.grade, v.text,
       v.source_document, v.source_table, v.source_line, v.batch_id
FROM current_indicator_values v
JOIN indicators i USING (indicator_id)
UNION ALL
SELECT tenant, unit, year, 'budget', coalesce(code, name), stage, kind, value, NULL, NULL,
       source_document, source_table, source_line, batch_id
FROM (
    UNPIVOT current_budget_lines
    ON pagu, realisasi, reported_pct, realisasi_pegawai, realisasi_barang_jasa, realisasi_modal
    INTO NAME kind VALUE value
)
UNION ALL
SELECT tenant, unit, year, 'akip', measure, regulation, kind, value,
       CASE WHEN measure = 'total' THEN predikat END, NULL,
       source_document, source_table, source_line, batch_id
FROM (
    UNPIVOT current_akip_evaluations
    ON perencanaan, pengukuran, pelaporan, evaluasi_internal, capaian, total
    INTO NAME measure VALUE value
)
UNION ALL
SELECT tenant, unit, year, 'ikm', measure, NULL,
       CASE WHEN measure = 'respondents' THEN 'count' ELSE 'realization' END, value,
       CASE WHEN measure = 'ikm' THEN mutu END, NULL,
       source_document, source_table, source_line, batch_id
FROM (
    UNPIVOT (SELECT * REPLACE (CAST(respondents AS DECIMAL(12, 6)) AS respondents) FROM current_ikm_surveys)
    ON respondents, persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, sarana,
       pengaduan, nrr_weighted_total, ikm
    INTO NAME measure VALUE value
);
