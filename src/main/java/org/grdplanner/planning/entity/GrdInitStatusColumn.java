package org.grdplanner.planning.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class GrdInitStatusColumn implements AttributeConverter<GrdInitStatus, String> {

    @Override
    public String convertToDatabaseColumn(GrdInitStatus status) {
        return (status == null ? GrdInitStatus.NONE : status).value();
    }

    @Override
    public GrdInitStatus convertToEntityAttribute(String value) {
        return value == null ? GrdInitStatus.NONE : GrdInitStatus.fromValue(value).orElse(GrdInitStatus.NONE);
    }
}
