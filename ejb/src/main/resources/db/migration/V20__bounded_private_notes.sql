-- A seller's private notes are bounded like every other field a seller types: the application
-- refuses longer ones with a message, and the schema holds the line for anything else. NOT VALID:
-- rows written before are left as they are; every row written from now on is checked.
ALTER TABLE inventory_item
    ADD CONSTRAINT inventory_item_private_notes_length
        CHECK (char_length(private_notes) <= 5000) NOT VALID;
