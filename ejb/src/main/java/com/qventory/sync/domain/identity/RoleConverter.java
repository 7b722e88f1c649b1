package com.qventory.sync.domain.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles by the names the Elytron JDBC realm hands to the container. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

  @Override
  public String convertToDatabaseColumn(Role role) {
    return role == null ? null : role.roleName();
  }

  @Override
  public Role convertToEntityAttribute(String roleName) {
    return roleName == null ? null : Role.ofRoleName(roleName);
  }
}
