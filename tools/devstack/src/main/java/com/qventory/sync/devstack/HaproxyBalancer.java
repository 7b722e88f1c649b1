package com.qventory.sync.devstack;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Debian's HAProxy in front of a cluster's nodes (docs/cluster.md): round robin for eBay, a browser
 * kept to its node by a cookie, each node checked on the health endpoint twice a second, a node
 * that stops answering taken out after two failed checks, and a request whose connection a dead
 * node refused sent to another (a request the dead node had already taken gets an error, as eBay
 * would, and eBay delivers it again). It tells the nodes who the client is ({@code
 * X-Forwarded-For}, appended) and whether it came over https ({@code X-Forwarded-Proto}, replacing
 * whatever the client sent); the nodes believe it only from the addresses in {@code
 * QVENTORY_HTTP_TRUSTED_PROXIES}. With a certificate it terminates TLS itself.
 */
public final class HaproxyBalancer implements AutoCloseable {

  public static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

  private final Path directory;
  private final int port;
  private final List<URI> nodes;
  private final Optional<Path> certificate;
  private Process process;

  public HaproxyBalancer(Path directory, int port, List<URI> nodes) {
    this(directory, port, nodes, Optional.empty());
  }

  /**
   * @param certificate a PEM file with the certificate and its private key: https on {@code port}
   */
  public HaproxyBalancer(Path directory, int port, List<URI> nodes, Optional<Path> certificate) {
    this.directory = directory.toAbsolutePath();
    this.port = port;
    this.nodes = List.copyOf(nodes);
    this.certificate = certificate.map(Path::toAbsolutePath);
  }

  public URI url() {
    return URI.create((certificate.isPresent() ? "https" : "http") + "://localhost:" + port);
  }

  public void start() throws Exception {
    Files.createDirectories(directory);
    Path config = directory.resolve("haproxy.cfg");
    Files.writeString(config, config());
    process =
        new ProcessBuilder(List.of(HAPROXY.toString(), "-db", "-f", config.toString()))
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("haproxy.log").toFile())
            .start();
    Await.until(
            Duration.ofSeconds(30),
            () -> {
              try (Socket socket = new Socket("localhost", port)) {
                return Optional.of(true);
              } catch (IOException notYet) {
                if (!process.isAlive()) {
                  throw new IllegalStateException("HAProxy exited; see " + directory);
                }
                return Optional.empty();
              }
            })
        .orElseThrow(() -> new IllegalStateException("HAProxy did not listen on " + port));
  }

  String config() {
    String servers =
        IntStream.range(0, nodes.size())
            .mapToObj(
                i ->
                    "  server node"
                        + (i + 1)
                        + " localhost:"
                        + nodes.get(i).getPort()
                        + " check inter 500 fall 2 rise 2 cookie node"
                        + (i + 1))
            .collect(Collectors.joining("\n"));
    return String.join(
        "\n",
        "global",
        "  maxconn 4096",
        "defaults",
        "  mode http",
        "  timeout connect 2s",
        "  timeout client 60s",
        "  timeout server 60s",
        // the live page's WebSocket stays open
        "  timeout tunnel 1h",
        "  retries 3",
        "  option redispatch",
        "frontend webhooks",
        "  bind localhost:" + port + certificate.map(pem -> " ssl crt " + pem).orElse(""),
        "  option forwardfor",
        "  http-request set-header X-Forwarded-Proto https if { ssl_fc }",
        "  http-request set-header X-Forwarded-Proto http if !{ ssl_fc }",
        "  default_backend nodes",
        "backend nodes",
        "  balance roundrobin",
        "  option httpchk GET /webhooks/platform/health",
        // A browser keeps to the node that holds its session (sessions are not replicated); eBay
        // sends no cookie, so its notifications are spread round robin.
        "  cookie QVNODE insert indirect nocache httponly",
        servers,
        "");
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
