package com.qventory.sync.ebaysim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Realistic reseller listings: titles, SKUs, prices in several currencies, pictures, categories.
 */
final class Catalog {

  private static final List<String> BRANDS =
      List.of(
          "Pyrex",
          "Levi's",
          "Le Creuset",
          "Nike",
          "Fiestaware",
          "Corningware",
          "Patagonia",
          "Lego",
          "Polaroid",
          "Coach");
  private static final List<String> THINGS =
      List.of(
          "Vintage Mixing Bowl",
          "501 Jeans W32 L32",
          "Dutch Oven 5.5 qt",
          "Air Max 90 Size 10",
          "Dinner Plate Set",
          "Casserole Dish",
          "Fleece Jacket M",
          "Star Wars Set 75192",
          "SX-70 Camera",
          "Leather Shoulder Bag");
  private static final List<String[]> CATEGORIES =
      List.of(
          new String[] {"20625", "Home & Garden:Kitchen"},
          new String[] {"11483", "Clothing:Men's Jeans"},
          new String[] {"15709", "Clothing:Athletic Shoes"},
          new String[] {"19006", "Toys:LEGO Sets"},
          new String[] {"30093", "Cameras:Film Cameras"});
  private static final List<String[]> CONDITIONS =
      List.of(
          new String[] {"1000", "New"},
          new String[] {"3000", "Used"},
          new String[] {"2750", "Like New"});
  private static final List<String> CURRENCIES = List.of("USD", "USD", "USD", "GBP", "EUR");

  private Catalog() {}

  /**
   * Fills an item with a random, plausible listing (only what the caller did not set), pictures on
   * eBay's image host (for written payloads).
   */
  static void fill(SimItem item) {
    fill(item, null);
  }

  /**
   * Fills in what a seller left out; pictures served by the simulator under {@code pictureBase}
   * (its own {@code /sim/pictures/}) so a demo shows real thumbnails, or on eBay's host when null.
   */
  static void fill(SimItem item, String pictureBase) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String brand = BRANDS.get(random.nextInt(BRANDS.size()));
    String thing = THINGS.get(random.nextInt(THINGS.size()));
    if (item.title == null) {
      item.title = brand + " " + thing;
    }
    if (item.sku == null) {
      String letters = (item.title + "XXX").replaceAll("[^A-Za-z]", "");
      item.sku = letters.substring(0, 3).toUpperCase() + "-" + (1000 + random.nextInt(9000));
    }
    if (item.currency == null) {
      item.currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
    }
    if (item.price == null) {
      item.price =
          BigDecimal.valueOf(random.nextInt(500, 25_000))
              .movePointLeft(2)
              .setScale(2, RoundingMode.UNNECESSARY);
    }
    if (item.quantity == 0) {
      item.quantity = 1 + random.nextInt(5);
    }
    String[] category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
    item.categoryId = category[0];
    item.categoryName = category[1];
    String[] condition = CONDITIONS.get(random.nextInt(CONDITIONS.size()));
    item.conditionId = condition[0];
    item.conditionName = condition[1];
    if (item.pictureUrls.isEmpty() && pictureBase != null) {
      item.pictureUrls.add(pictureBase + item.itemId + ".svg");
      item.pictureUrls.add(pictureBase + item.itemId + "-2.svg");
    } else if (item.pictureUrls.isEmpty()) {
      item.pictureUrls.add("https://i.ebayimg.com/images/g/sim" + item.itemId + "/s-l1600.jpg");
      item.pictureUrls.add("https://i.ebayimg.com/images/g/sim" + item.itemId + "b/s-l1600.jpg");
    }
  }
}
