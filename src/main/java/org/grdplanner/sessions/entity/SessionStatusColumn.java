package org.grdplanner.sessions.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class SessionStatusColumn implements AttributeConverter<SessionStatus, String> {

    @Override
    public String convertToDatabaseColumn(SessionStatus status) {
        return status.value();
    }

    @Override
    public SessionStatus convertToEntityAttribute(String value) {
        return SessionStatus.fromValue(value).orElseThrow(() -> new IllegalStateException("Unknown session status " + value));
    }
}
