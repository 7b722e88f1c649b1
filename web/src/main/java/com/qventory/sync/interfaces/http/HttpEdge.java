package com.qventory.sync.interfaces.http;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.util.function.Supplier;

/**
 * The application's HTTP edge: Undertow handlers that every request meets on the server's I/O
 * thread, before a worker thread, the security mechanisms or a servlet: {@link ForwardedClient}
 * (who the client is, when a trusted proxy says), {@link BodyGuard} (bodies arrive whole and in
 * time, without holding a thread) and then {@link LoginGuard} (who may try a password). Registered
 * with Undertow as a servlet extension of this deployment (META-INF/services).
 */
public class HttpEdge implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        next -> {
          Supplier<Edge> edge = () -> (Edge) context.getAttribute(Edge.ATTRIBUTE);
          return new ForwardedClient(
              new HttpsOnly(new BodyGuard(new LoginGuard(next, edge), edge), edge), edge);
        });
  }
}
