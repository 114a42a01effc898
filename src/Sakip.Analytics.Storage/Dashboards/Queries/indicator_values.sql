-- Visible indicator values of a tenant with their indicator, optionally of one unit and a year range.
SELECT v.unit AS Unit, v.indicator_id AS IndicatorId, i.goal AS Goal, i.name AS Name, i.level AS Level,
       i.satuan AS Satuan, i.polarity AS Polarity, v.year AS Year, v.kind AS Kind, v.value AS Value,
       v.text AS Text, v.grade AS Grade,
       v.source_document AS SourceDocument, v.source_table AS SourceTable, v.source_line AS SourceLine
FROM scoped_indicator_values($tenant, $drafts) v
JOIN scoped_indicators($tenant) i ON i.indicator_id = v.indicator_id
WHERE ($unit IS NULL OR v.unit = $unit)
  AND ($fromYear IS NULL OR v.year >= $fromYear)
  AND ($toYear IS NULL OR v.year <= $toYear)
ORDER BY v.unit, i.level, i.goal, i.name, v.year, v.kind
