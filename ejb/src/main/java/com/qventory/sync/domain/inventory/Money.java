package com.qventory.sync.domain.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in a currency as eBay states it: never a double. Embedded where it is stored, by
 * default in the columns {@code price_amount} and {@code price_currency} (what most uses store);
 * another use names its own.
 */
@Embeddable
public record Money(
    @Column(name = "price_amount", precision = 19, scale = 4) BigDecimal amount,
    @Column(name = "price_currency", length = 3) String currency) {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (!CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException("Not an ISO 4217 currency code: " + currency);
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("Negative amount: " + amount);
    }
  }

  /** Parses eBay's text ({@code 34.99}) with its {@code currencyID} attribute. */
  public static Money parse(String amount, String currency) {
    return new Money(new BigDecimal(amount.strip()), currency.strip());
  }

  /** The same amount whatever its scale: 34.99 USD equals 34.9900 USD. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Money that
        && amount.compareTo(that.amount) == 0
        && currency.equals(that.currency);
  }

  @Override
  public int hashCode() {
    return 31 * amount.stripTrailingZeros().hashCode() + currency.hashCode();
  }

  @Override
  public String toString() {
    return amount.stripTrailingZeros().toPlainString() + " " + currency;
  }
}
