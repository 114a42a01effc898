-- Reads go through the scoped_* macros (0003); the unscoped views of 0002 are no longer used and
-- would be a way around the tenant scope. current_coverage stays: visible_coverage builds on it.
DROP VIEW current_facts_long;
DROP VIEW current_indicator_values;
DROP VIEW current_budget_lines;
DROP VIEW current_akip_evaluations;
DROP VIEW current_ikm_surveys;
