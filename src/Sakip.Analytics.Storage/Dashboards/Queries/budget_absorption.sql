-- Penyerapan per unit-year from the year-end realisation report, never from summing totals.
-- Basis, in order of preference: the program rows (each program once, self-consistent), else the
-- kegiatan rows, else one printed total row (the first printed). A level counts only when every
-- row of it carries both pagu and realisasi. Printed JUMLAH/TOTAL rows can contradict their own
-- rows (Sei Balai's Tabel 3.18 JUMLAH realisasi equals its pagu), so they are compared, not summed.
WITH lines AS (
    SELECT unit, year, level, pagu, realisasi, source_document, source_table, source_line
    FROM scoped_budget_lines($tenant, $drafts)
    WHERE stage = 'realisasi_report'
      AND ($unit IS NULL OR unit = $unit)
      AND ($year IS NULL OR year = $year)
),
detail AS (
    SELECT unit, year, level,
           CAST(count(*) AS INTEGER) AS line_count,
           CAST(sum(pagu) AS DECIMAL(24, 2)) AS pagu,
           CAST(sum(realisasi) AS DECIMAL(24, 2)) AS realisasi,
           min(source_document) AS document,
           string_agg(DISTINCT source_table, '; ' ORDER BY source_table) AS tables,
           min(source_line) AS first_line, max(source_line) AS last_line
    FROM lines
    WHERE level IN ('program', 'kegiatan')
    GROUP BY unit, year, level
    HAVING bool_and(pagu IS NOT NULL AND realisasi IS NOT NULL)
),
printed_total AS (
    SELECT unit, year, 'total' AS level, 1 AS line_count,
           CAST(arg_min(pagu, source_line) AS DECIMAL(24, 2)) AS pagu,
           CAST(arg_min(realisasi, source_line) AS DECIMAL(24, 2)) AS realisasi,
           arg_min(source_document, source_line) AS document,
           arg_min(source_table, source_line) AS tables,
           min(source_line) AS first_line, min(source_line) AS last_line
    FROM lines
    WHERE level = 'total' AND pagu IS NOT NULL AND realisasi IS NOT NULL
    GROUP BY unit, year
),
candidates AS (
    SELECT * FROM detail
    UNION ALL
    SELECT * FROM printed_total
)
SELECT unit AS Unit, year AS Year, level AS Basis, line_count AS LineCount, pagu AS Pagu,
       realisasi AS Realisasi, document AS SourceDocument, tables AS SourceTables,
       first_line AS FirstLine, last_line AS LastLine
FROM candidates
QUALIFY row_number() OVER (
    PARTITION BY unit, year
    ORDER BY CASE level WHEN 'program' THEN 1 WHEN 'kegiatan' THEN 2 ELSE 3 END) = 1
ORDER BY unit, year
