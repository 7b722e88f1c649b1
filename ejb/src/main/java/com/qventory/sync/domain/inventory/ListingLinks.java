package com.qventory.sync.domain.inventory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Which links of a listing we keep and show: https on eBay's own hosts (the site domains of {@link
 * #EBAY_DOMAINS} and {@code ebayimg.com}, with any subdomain), or the origin of the eBay we are
 * configured to talk to (the simulator in development). Anything else — {@code javascript:}, {@code
 * data:}, another host, a link with credentials in it — would be rendered into a seller's page as
 * given, so it is dropped where it comes in, with a reason.
 */
public final class ListingLinks {

  /**
   * eBay's own domains, named one by one: the site of every eBay site id (Trading API SiteCodeType:
   * US and Motors, Canada and its French site, UK, Australia, Austria, Belgium's two sites, France,
   * Germany, Italy, the Netherlands, Spain, Switzerland, Hong Kong, India, Ireland, Malaysia, the
   * Philippines, Poland, Singapore) and the picture host. A pattern such as {@code ebay.<2-3
   * letters>} would also take {@code ebay.xyz} or {@code ebay.co.zz}, which anyone can register.
   */
  static final Set<String> EBAY_DOMAINS =
      Set.of(
          "ebay.com",
          "ebay.ca",
          "ebay.co.uk",
          "ebay.com.au",
          "ebay.at",
          "ebay.be",
          "ebay.fr",
          "ebay.de",
          "ebay.it",
          "ebay.nl",
          "ebay.es",
          "ebay.ch",
          "ebay.com.hk",
          "ebay.in",
          "ebay.ie",
          "ebay.com.my",
          "ebay.ph",
          "ebay.pl",
          "ebay.com.sg",
          "ebayimg.com");

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
        && isEbayHost(host);
  }

  /** One of {@link #EBAY_DOMAINS}, or a subdomain of one. */
  private static boolean isEbayHost(String host) {
    for (int dot = -1; ; dot = host.indexOf('.', dot + 1)) {
      if (EBAY_DOMAINS.contains(host.substring(dot + 1))) {
        return true;
      }
      if (host.indexOf('.', dot + 1) < 0) {
        return false;
      }
    }
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
