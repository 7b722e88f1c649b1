package com.qventory.sync.interfaces.web;

import com.qventory.sync.application.Counted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Counting in words on pages, {@code #{words.of(n, 'sale')}}: the rule is {@link Counted}'s. */
@Named
@ApplicationScoped
public class Words {

  public String of(Object count, String noun) {
    return Counted.of(count, noun);
  }
}
