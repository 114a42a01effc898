-- The years for which each unit of a tenant has any visible fact.
SELECT DISTINCT unit AS Unit, year AS Year
FROM (
    SELECT unit, year FROM scoped_indicator_values($tenant, $drafts)
    UNION ALL SELECT unit, year FROM scoped_akip_evaluations($tenant, $drafts)
    UNION ALL SELECT unit, year FROM scoped_ikm_surveys($tenant, $drafts)
    UNION ALL SELECT unit, year FROM scoped_budget_lines($tenant, $drafts)
)
ORDER BY unit, year
