package com.qventory.sync.application.inventory;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.seller.EbayOrders;
import jakarta.ejb.ApplicationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * eBay's answers, asked before the transaction that needs them: a notification's transaction never
 * waits for eBay. When it finds it needs an answer it does not have, it throws {@link Needed}: the
 * transaction is rolled back, the answer is asked with none open ({@link EbayQuestions}), and the
 * notification is applied again with it.
 */
public final class EbayAnswers {

  /** What may be asked of eBay while a notification is applied. */
  public sealed interface Question permits ListingOf, OrderLinesOf {}

  /** GetItem of one of the seller's listings: eBay's own word on it. */
  public record ListingOf(long sellerId, String ebayItemId) implements Question {}

  /** GetOrders of one of the seller's orders: its lines. */
  public record OrderLinesOf(long sellerId, String orderId) implements Question {}

  /** A transaction needs eBay's answer to {@code question}: rolled back, asked, applied again. */
  @ApplicationException(rollback = true)
  public static final class Needed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Question question;

    public Needed(Question question) {
      super("eBay is to be asked first: " + question);
      this.question = question;
    }

    public Question question() {
      return question;
    }
  }

  private final Map<Question, Object> answers = new HashMap<>();

  /** The answer to {@code question}, known from now on. */
  public void answer(Question question, Object answer) {
    answers.put(question, answer);
  }

  /**
   * The listing as eBay has it; empty when it is not the seller's on eBay (or the seller has no
   * connected eBay account).
   *
   * @throws Needed when eBay was not asked yet
   */
  @SuppressWarnings("unchecked")
  public Optional<EbayListing> listing(long sellerId, String ebayItemId) {
    return (Optional<EbayListing>) known(new ListingOf(sellerId, ebayItemId));
  }

  /**
   * The order's lines as eBay has them; empty when it is not the seller's order.
   *
   * @throws Needed when eBay was not asked yet
   */
  @SuppressWarnings("unchecked")
  public List<EbayOrders.OrderLine> orderLines(long sellerId, String orderId) {
    return (List<EbayOrders.OrderLine>) known(new OrderLinesOf(sellerId, orderId));
  }

  private Object known(Question question) {
    Object answer = answers.get(question);
    if (answer == null) {
      throw new Needed(question);
    }
    return answer;
  }
}
