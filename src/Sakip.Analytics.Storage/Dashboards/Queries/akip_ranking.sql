-- The AKIP ranking of one year: every unit's printed total ranked (1, 1, 3: ties share a rank)
-- among all units scored under the same regulation, and among the units of the same kind.
WITH scored AS (
    SELECT a.unit, u.name, u.kind, a.regulation, a.total
    FROM scoped_akip_evaluations($tenant, $drafts) a
    JOIN scoped_units($tenant) u ON u.unit = a.unit
    WHERE a.year = $year AND a.kind = 'realization' AND a.total IS NOT NULL
)
SELECT unit AS Unit, name AS Name, kind AS Kind, regulation AS Regulation,
       CAST(rank() OVER (PARTITION BY regulation ORDER BY total DESC) AS INTEGER) AS RankAll,
       CAST(count(*) OVER (PARTITION BY regulation) AS INTEGER) AS CountAll,
       CAST(rank() OVER (PARTITION BY regulation, kind ORDER BY total DESC) AS INTEGER) AS RankInKind,
       CAST(count(*) OVER (PARTITION BY regulation, kind) AS INTEGER) AS CountInKind
FROM scored
ORDER BY total DESC, name
