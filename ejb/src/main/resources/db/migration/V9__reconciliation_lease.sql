-- A reconciliation pass calls eBay outside any transaction (an answer can take minutes), so the
-- transaction-scoped advisory lock gives way to a lease: one node polls a seller at a time, and a
-- node that dies lets go when its lease runs out. Not mapped by JPA: only the lease queries touch it.
ALTER TABLE ebay_account ADD COLUMN reconcile_lease_until TIMESTAMP(6) WITH TIME ZONE;
