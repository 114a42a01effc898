-- The units of a tenant with the number of visible facts they hold (the reporting unit holds the most).
WITH facts AS (
    SELECT unit FROM scoped_indicator_values($tenant, $drafts)
    UNION ALL SELECT unit FROM scoped_akip_evaluations($tenant, $drafts)
    UNION ALL SELECT unit FROM scoped_ikm_surveys($tenant, $drafts)
    UNION ALL SELECT unit FROM scoped_budget_lines($tenant, $drafts)
),
counts AS (
    SELECT unit, count(*) AS facts FROM facts GROUP BY unit
)
SELECT u.unit AS Unit, u.name AS Name, u.kind AS Kind, CAST(coalesce(c.facts, 0) AS BIGINT) AS Facts
FROM scoped_units($tenant) u
LEFT JOIN counts c ON c.unit = u.unit
ORDER BY u.name
