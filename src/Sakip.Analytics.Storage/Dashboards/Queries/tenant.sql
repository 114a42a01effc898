-- One tenant with the settings the capaian rules need.
SELECT t.tenant AS Tenant, t.name AS Name, t.kind AS Kind, t.province AS Province,
       t.lower_is_better_method AS LowerIsBetterMethod
FROM scoped_tenant($tenant) t
