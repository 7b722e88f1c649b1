package com.qventory.sync.it.support;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate for {@code localhost} made by the JDK's keytool for one test run: a PKCS#12 key
 * store, the same as PEM (certificate and private key, as HAProxy reads it), and a TLS context that
 * trusts it and nothing else.
 */
public final class SelfSignedCertificate {

  public static final String PASSWORD = "it-key-store-password";

  private final Path keyStore;
  private final Path pem;
  private final KeyStore loaded;

  private SelfSignedCertificate(Path keyStore, Path pem, KeyStore loaded) {
    this.keyStore = keyStore;
    this.pem = pem;
    this.loaded = loaded;
  }

  /** Makes one in {@code directory} (replacing what an earlier run left). */
  public static SelfSignedCertificate make(Path directory) throws Exception {
    Files.createDirectories(directory);
    Path keyStore = directory.resolve("localhost.p12");
    Files.deleteIfExists(keyStore);
    Process keytool =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair",
                    "-alias",
                    "localhost",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-validity",
                    "2",
                    "-dname",
                    "CN=localhost",
                    "-ext",
                    "SAN=dns:localhost,ip:127.0.0.1",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keyStore.toString(),
                    "-storepass",
                    PASSWORD))
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore loaded = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      loaded.load(in, PASSWORD.toCharArray());
    }
    Certificate certificate = loaded.getCertificate("localhost");
    PrivateKey key = (PrivateKey) loaded.getKey("localhost", PASSWORD.toCharArray());
    Path pem = directory.resolve("localhost.pem");
    Files.writeString(
        pem, pem("CERTIFICATE", certificate.getEncoded()) + pem("PRIVATE KEY", key.getEncoded()));
    return new SelfSignedCertificate(keyStore, pem, loaded);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  /** The PKCS#12 key store (password {@link #PASSWORD}, alias {@code localhost}). */
  public Path keyStore() {
    return keyStore;
  }

  /** The certificate and its private key, PEM. */
  public Path pem() {
    return pem;
  }

  /** TLS that trusts this certificate only. */
  public SSLContext trustingIt() throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("localhost", loaded.getCertificate("localhost"));
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
