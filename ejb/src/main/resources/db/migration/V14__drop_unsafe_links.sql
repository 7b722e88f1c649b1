-- Links stored before the application kept only eBay's (ListingLinks) were rendered as given: drop
-- any that is not an http(s) URL (javascript:, data:, ...). Host checks apply from now on.
UPDATE inventory_item SET view_item_url = NULL
    WHERE view_item_url IS NOT NULL AND view_item_url !~* '^https?://[^\s]+$';

DELETE FROM inventory_item_picture WHERE url !~* '^https?://[^\s]+$';

-- The pictures are an ordered list without gaps: renumber what is left (through negative
-- positions, so that no two rows ever share a position on the way).
UPDATE inventory_item_picture p SET position = -ranked.n
    FROM (SELECT item_id, position,
                 row_number() OVER (PARTITION BY item_id ORDER BY position) AS n
          FROM inventory_item_picture) ranked
    WHERE p.item_id = ranked.item_id AND p.position = ranked.position
      AND p.position <> ranked.n - 1;
UPDATE inventory_item_picture SET position = -position - 1 WHERE position < 0;
