-- An Operator's upload belongs to one tenant; its runs are listed to that tenant only.
-- Platform runs (command line, inbox, demo) have no tenant and are listed to platform admins.
ALTER TABLE etl_runs ADD COLUMN tenant VARCHAR;
