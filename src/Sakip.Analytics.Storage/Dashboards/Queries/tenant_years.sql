-- The years with any visible fact, and whether a realization (not only targets, e.g. Renstra
-- targets up to 2026) was reported for the year.
WITH facts AS (
    SELECT year, kind = 'realization' AND value IS NOT NULL AS reported FROM scoped_indicator_values($tenant, $drafts)
    UNION ALL
    SELECT year, kind = 'realization' FROM scoped_akip_evaluations($tenant, $drafts)
    UNION ALL
    SELECT year, ikm IS NOT NULL FROM scoped_ikm_surveys($tenant, $drafts)
    UNION ALL
    SELECT year, realisasi IS NOT NULL FROM scoped_budget_lines($tenant, $drafts)
)
SELECT year AS Year, bool_or(reported) AS Reported
FROM facts
GROUP BY year
ORDER BY year
