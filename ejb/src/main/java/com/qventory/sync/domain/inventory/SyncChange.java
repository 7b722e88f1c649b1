package com.qventory.sync.domain.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One thing a sync did to an item: a field that went from {@code before} to {@code after}, or an
 * event of its own ({@link #IMPORTED}, {@link #LINKED_BY_SKU}, {@link #RELISTED_FROM}, {@link
 * #SALE}, {@link #STALE_SALES}) whose value is in {@code after}. Pages say it in words; the entity
 * does not.
 */
@Embeddable
public class SyncChange {

  public static final String IMPORTED = "imported";
  public static final String LINKED_BY_SKU = "linked by SKU";
  public static final String RELISTED_FROM = "relisted from";
  public static final String SALE = "sale";
  public static final String STALE_SALES = "older than the item's state";

  /** A line kept from before changes were structured. */
  public static final String NOTE = "note";

  private static final int MAX_VALUE = 1000;

  @Column(nullable = false, length = 200)
  private String field;

  @Column(name = "before_value", length = MAX_VALUE)
  private String before;

  @Column(name = "after_value", length = MAX_VALUE)
  private String after;

  protected SyncChange() {
    // for JPA
  }

  public SyncChange(String field, String before, String after) {
    this.field = Objects.requireNonNull(field, "field");
    this.before = bounded(before);
    this.after = bounded(after);
  }

  /** An event of its own rather than a field's change. */
  public static SyncChange event(String kind, String value) {
    return new SyncChange(kind, null, value);
  }

  private static String bounded(String value) {
    return value == null || value.length() <= MAX_VALUE
        ? value
        : value.substring(0, MAX_VALUE - 1) + "…";
  }

  public String getField() {
    return field;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncChange that
        && field.equals(that.field)
        && Objects.equals(before, that.before)
        && Objects.equals(after, that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, before, after);
  }

  @Override
  public String toString() {
    return field + ": " + before + " → " + after;
  }
}
