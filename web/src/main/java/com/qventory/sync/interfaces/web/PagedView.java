package com.qventory.sync.interfaces.web;

import com.qventory.sync.application.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A view-scoped table read one page at a time from the database: paging, filters applied from page
 * one, and re-reading after a change.
 */
public abstract class PagedView<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private int page;
  private transient Page<T> result;

  /** Reads page {@code page} with the current filters. */
  protected abstract Page<T> read(int page);

  protected abstract int pageSize();

  private Page<T> result() {
    if (result == null) {
      result = read(page);
    }
    return result;
  }

  public List<T> getRows() {
    return result().items();
  }

  public long getTotal() {
    return result().total();
  }

  /** The count stopped at {@link Page#COUNT_LIMIT}: there are more than {@link #getTotal}. */
  public boolean isTotalLowerBound() {
    return result().totalIsLowerBound();
  }

  /** The total as people read it: "10000+" when counting stopped there. */
  public String getTotalText() {
    return getTotal() + (isTotalLowerBound() ? "+" : "");
  }

  /** The number of pages as people read it: "400+" when counting stopped. */
  public String getPageCountText() {
    return getPageCount() + (isTotalLowerBound() ? "+" : "");
  }

  public int getPage() {
    return page;
  }

  public int getPageCount() {
    return (int) Math.max(1, (getTotal() + pageSize() - 1) / pageSize());
  }

  public boolean isFirstPage() {
    return page == 0;
  }

  public boolean isLastPage() {
    // Past the counted pages, a page that is not full is the last one.
    return isTotalLowerBound()
        ? page >= getPageCount() - 1 && getRows().size() < pageSize()
        : page >= getPageCount() - 1;
  }

  /** New filters: back to the first page. */
  public void apply() {
    page = 0;
    refresh();
  }

  public void next() {
    if (!isLastPage()) {
      page++;
    }
    refresh();
  }

  public void previous() {
    if (page > 0) {
      page--;
    }
    refresh();
  }

  /** Something changed: read the current page again. */
  public void refresh() {
    result = null;
  }

  protected static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
