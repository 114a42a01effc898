-- Visible budget lines of one stage, in the order the report printed them.
SELECT b.unit AS Unit, b.year AS Year, b.stage AS Stage, b.level AS Level, b.code AS Code, b.name AS Name,
       b.pagu AS Pagu, b.realisasi AS Realisasi, b.reported_pct AS ReportedPercent,
       b.source_document AS SourceDocument, b.source_table AS SourceTable, b.source_line AS SourceLine
FROM scoped_budget_lines($tenant, $drafts) b
WHERE b.stage = $stage
  AND ($unit IS NULL OR b.unit = $unit)
  AND ($year IS NULL OR b.year = $year)
ORDER BY b.unit, b.year, b.source_document, b.source_line
