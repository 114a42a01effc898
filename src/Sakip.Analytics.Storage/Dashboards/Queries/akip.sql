-- Visible AKIP evaluations and targets of a tenant, optionally of one unit or one year.
SELECT a.unit AS Unit, a.year AS Year, a.kind AS Kind, a.regulation AS Regulation,
       a.perencanaan AS Perencanaan, a.pengukuran AS Pengukuran, a.pelaporan AS Pelaporan,
       a.evaluasi_internal AS EvaluasiInternal, a.capaian AS Capaian, a.total AS Total,
       a.predikat AS Predikat,
       a.source_document AS SourceDocument, a.source_table AS SourceTable, a.source_line AS SourceLine
FROM scoped_akip_evaluations($tenant, $drafts) a
WHERE ($unit IS NULL OR a.unit = $unit)
  AND ($year IS NULL OR a.year = $year)
ORDER BY a.unit, a.year, a.kind
