package com.qventory.sync.application;

import jakarta.enterprise.context.ApplicationScoped;

/** This server's name in a cluster (WildFly's {@code jboss.node.name}), for what it records. */
@ApplicationScoped
public class ThisNode {

  private final String name = System.getProperty("jboss.node.name", "standalone");

  public String name() {
    return name;
  }
}
