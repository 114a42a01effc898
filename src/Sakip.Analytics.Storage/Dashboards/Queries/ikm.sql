-- Visible IKM survey results of a tenant, optionally of one unit or one year.
SELECT s.unit AS Unit, s.year AS Year, s.respondents AS Respondents,
       s.persyaratan AS Persyaratan, s.prosedur AS Prosedur, s.waktu AS Waktu, s.biaya AS Biaya,
       s.produk AS Produk, s.kompetensi AS Kompetensi, s.perilaku AS Perilaku, s.sarana AS Sarana,
       s.pengaduan AS Pengaduan, s.nrr_weighted_total AS NrrWeightedTotal, s.ikm AS Ikm, s.mutu AS Mutu,
       s.survey_period AS SurveyPeriod,
       s.source_document AS SourceDocument, s.source_table AS SourceTable, s.source_line AS SourceLine
FROM scoped_ikm_surveys($tenant, $drafts) s
WHERE ($unit IS NULL OR s.unit = $unit)
  AND ($year IS NULL OR s.year = $year)
ORDER BY s.unit, s.year
