package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.inventory.InventoryQueries;
import com.qventory.sync.application.seller.SellerDay;
import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.Money;
import com.qventory.sync.domain.inventory.SellerActivity;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The seller's data as CSV, streamed a chunk at a time (the whole list never sits in memory):
 * {@code GET /seller/export/inventory.csv?q=&status=&synced=} (the inventory page's filter) and
 * {@code GET /seller/export/sales.csv?period=}. Plain links that work with the logged-in session,
 * so they can be bookmarked or fetched with curl and the session cookie.
 */
@WebServlet("/seller/export/*")
public class ExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int CHUNK = 500;

  @Inject private InventoryQueries inventory;

  @Inject private SellerDay day;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String what = request.getPathInfo() == null ? "" : request.getPathInfo();
    switch (what) {
      case "/inventory.csv" -> inventory(request, response);
      case "/sales.csv" -> sales(request, response);
      default ->
          response.sendError(
              404, "Exports: /seller/export/inventory.csv and /seller/export/sales.csv");
    }
  }

  private void inventory(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<String> text = given(request.getParameter("q"));
    Optional<String> status = given(request.getParameter("status"));
    Optional<Boolean> synced = given(request.getParameter("synced")).map(Boolean::valueOf);
    try (Writer writer = start(response, "inventory")) {
      Csv csv = new Csv(writer);
      csv.row(
          "eBay item id",
          "SKU",
          "Title",
          "Status",
          "Price",
          "Currency",
          "Quantity",
          "Sold",
          "Available",
          "Purchase cost",
          "Cost currency",
          "Storage location",
          "Synced from eBay",
          "Last eBay update",
          "Updated",
          "eBay URL");
      long after = Long.MIN_VALUE;
      List<InventoryItem> chunk;
      do {
        chunk = inventory.exportChunk(text, status, synced, after, CHUNK);
        for (InventoryItem item : chunk) {
          csv.text(item.getEbayItemId())
              .text(item.getSku())
              .text(item.getTitle())
              .text(item.getListingStatus())
              .number(item.getPrice().map(Money::amount).orElse(null))
              .text(item.getPrice().map(Money::currency).orElse(null))
              .number(item.getQuantityTotal())
              .number(item.getQuantitySold())
              .number(item.getQuantityAvailable())
              .number(item.getPurchaseCost().map(Money::amount).orElse(null))
              .text(item.getPurchaseCost().map(Money::currency).orElse(null))
              .text(item.getStorageLocation())
              .text(item.isSyncedFromEbay() ? "yes" : "no")
              .time(item.getLastEbayTimestamp())
              .time(item.getUpdatedAt())
              .text(item.getViewItemUrl())
              .end();
          after = item.getId();
        }
        writer.flush();
      } while (chunk.size() == CHUNK);
    }
  }

  private void sales(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SellerDay.Period period = SalesPage.period(request.getParameter("period"));
    try (Writer writer = start(response, "sales-" + period.name().toLowerCase())) {
      Csv csv = new Csv(writer);
      csv.row(
          "Sold (UTC)",
          "eBay item id",
          "Title",
          "Variation",
          "Quantity",
          "Price",
          "Currency",
          "Revenue",
          "Purchase cost",
          "Profit",
          "Buyer",
          "Order id",
          "Transaction id");
      Optional<SellerActivity.Sale> last = Optional.empty();
      List<SellerActivity.Sale> chunk;
      do {
        chunk = day.salesChunk(period, last, CHUNK);
        for (SellerActivity.Sale sale : chunk) {
          csv.time(sale.soldAt())
              .text(sale.ebayItemId())
              .text(sale.title())
              .text(sale.variation())
              .number(sale.quantity())
              .number(sale.price())
              .text(sale.currency())
              .number(sale.revenue())
              .number(sale.unitCost())
              .number(sale.profit().orElse(null))
              .text(sale.buyer())
              .text(sale.orderId())
              .text(sale.transactionId())
              .end();
        }
        last = chunk.isEmpty() ? last : Optional.of(chunk.get(chunk.size() - 1));
        writer.flush();
      } while (chunk.size() == CHUNK);
    }
  }

  private static Writer start(HttpServletResponse response, String name) throws IOException {
    response.setContentType(Csv.CONTENT_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"qventory-" + name + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    return new BufferedWriter(
        new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16 * 1024);
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
