-- The capaian scale bands the tenant printed, in the order it printed them.
SELECT s.label AS Label, s.min_value AS MinValue, s.max_value AS MaxValue
FROM scoped_capaian_scales($tenant) s
ORDER BY s.ordinal
