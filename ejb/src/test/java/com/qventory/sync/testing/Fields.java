package com.qventory.sync.testing;

import java.lang.reflect.Field;
import java.util.Objects;

/**
 * Sets a field as the container (injection) or JPA (loading a row) would, for tests that run
 * without either. Shared with the other modules' tests through this module's test jar.
 */
public final class Fields {

  private Fields() {}

  /**
   * Sets {@code name}, declared by the target's class or one of its superclasses.
   *
   * @return the target
   */
  public static <T> T set(T target, String name, Object value) {
    Objects.requireNonNull(target, "target");
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
        return target;
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException(target.getClass().getName() + " has no field " + name);
  }
}
