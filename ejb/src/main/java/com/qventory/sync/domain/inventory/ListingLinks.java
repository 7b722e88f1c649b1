package com.qventory.sync.domain.inventory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which links of a listing we keep and show: https on eBay's own hosts ({@code ebay.<country>} and
 * {@code ebayimg.com}, with any subdomain), or the origin of the eBay we are configured to talk to
 * (the simulator in development). Anything else — {@code javascript:}, {@code data:}, another host,
 * a link with credentials in it — would be rendered into a seller's page as given, so it is dropped
 * where it comes in, with a reason.
 */
public final class ListingLinks {

  /** eBay's sites: ebay.com, ebay.co.uk, ebay.com.au, ebay.de, and their subdomains. */
  private static final Pattern EBAY_SITE =
      Pattern.compile("(?:[a-z0-9-]+\\.)*ebay\\.(?:[a-z]{2,3})(?:\\.[a-z]{2})?");

  private static final Pattern EBAY_IMAGES = Pattern.compile("(?:[a-z0-9-]+\\.)*ebayimg\\.com");

  private static final int MAX_LENGTH = 1000;

  /** eBay's hosts only. */
  public static final ListingLinks EBAY_ONLY = new ListingLinks(Set.of());

  private final Set<String> trustedOrigins;

  /**
   * @param trustedOrigins base URLs whose origin (scheme, host, port) is trusted as well, such as
   *     the configured eBay's ({@code http://localhost:8089} for the simulator)
   */
  public ListingLinks(Set<String> trustedOrigins) {
    this.trustedOrigins =
        trustedOrigins.stream()
            .map(ListingLinks::origin)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet());
  }

  public boolean allows(String url) {
    if (url == null || url.length() > MAX_LENGTH || !url.strip().equals(url)) {
      return false;
    }
    Optional<URI> uri = parse(url);
    if (uri.isEmpty() || uri.get().getRawUserInfo() != null || uri.get().getHost() == null) {
      return false;
    }
    if (origin(url).filter(trustedOrigins::contains).isPresent()) {
      return true;
    }
    String host = uri.get().getHost().toLowerCase(Locale.ROOT);
    return "https".equalsIgnoreCase(uri.get().getScheme())
        && uri.get().getPort() == -1
        && (EBAY_SITE.matcher(host).matches() || EBAY_IMAGES.matcher(host).matches());
  }

  /**
   * The listing with only the links this policy allows.
   *
   * @param dropped told each link left out
   */
  public EbayListing keepAllowed(EbayListing listing, Consumer<String> dropped) {
    Optional<String> viewItemUrl = listing.viewItemUrl().filter(url -> kept(url, dropped));
    List<String> pictureUrls = new ArrayList<>();
    for (String url : listing.pictureUrls()) {
      if (kept(url, dropped)) {
        pictureUrls.add(url);
      }
    }
    return viewItemUrl.equals(listing.viewItemUrl())
            && pictureUrls.size() == listing.pictureUrls().size()
        ? listing
        : listing.withLinks(viewItemUrl, pictureUrls);
  }

  private boolean kept(String url, Consumer<String> dropped) {
    if (allows(url)) {
      return true;
    }
    dropped.accept(url);
    return false;
  }

  private static Optional<URI> parse(String url) {
    try {
      return Optional.of(new URI(url));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The trusted origins that are not https (the simulator's in development): a page's picture
   * policy must name them, since it lets in https pictures only.
   */
  public Set<String> plainHttpOrigins() {
    return trustedOrigins.stream()
        .filter(origin -> origin.startsWith("http://"))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** {@code scheme://host[:port]}, lower case, or empty when the URL has no host. */
  private static Optional<String> origin(String url) {
    return parse(url)
        .filter(uri -> uri.getScheme() != null && uri.getHost() != null)
        .filter(uri -> uri.getRawUserInfo() == null)
        .map(
            uri ->
                (uri.getScheme() + "://" + uri.getHost()).toLowerCase(Locale.ROOT)
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
  }
}
