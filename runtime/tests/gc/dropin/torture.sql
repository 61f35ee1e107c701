-- A small SQLite workload for the drop-in malloc under ESC_GC_TORTURE=1, a
-- collection at every allocation, so it stays small: a view, a trigger, a
-- window function, JSON, a recursive query over two thousand rows and a
-- VACUUM (which, before the collector scanned callee-saved registers
-- reliably, crashed in an endless recursion over a reused object).
CREATE TABLE item(id INTEGER PRIMARY KEY, grp TEXT, qty INTEGER, doc TEXT);
CREATE TABLE audit(item INTEGER, old_qty INTEGER, new_qty INTEGER);
CREATE TRIGGER item_qty AFTER UPDATE OF qty ON item
  BEGIN INSERT INTO audit VALUES (old.id, old.qty, new.qty); END;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO item SELECT i, 'g' || (i % 7), (i * 37) % 101, json_object('i', i, 'sq', i * i) FROM n;
CREATE INDEX item_grp ON item(grp, qty);
CREATE VIEW totals AS SELECT grp, count(*) AS n, sum(qty) AS q FROM item GROUP BY grp;
UPDATE item SET qty = qty + 1 WHERE id % 9 = 0;
SELECT count(*), sum(new_qty - old_qty) FROM audit;
SELECT grp, n, q FROM totals ORDER BY q DESC;
SELECT id, qty, rank() OVER (PARTITION BY grp ORDER BY qty DESC, id) AS r
  FROM item WHERE grp = 'g3' ORDER BY r LIMIT 5;
SELECT sum(json_extract(doc, '$.sq') % 1000), max(json_extract(doc, '$.i')) FROM item;
SELECT group_concat(grp || ':' || q, ' ') FROM (SELECT * FROM totals ORDER BY grp);
DELETE FROM item WHERE qty < 50;
SELECT count(*), printf('%.3f', avg(qty)) FROM item;
VACUUM;
SELECT count(*) FROM item WHERE grp LIKE 'G1%';
