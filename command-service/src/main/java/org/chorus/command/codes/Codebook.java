package org.chorus.command.codes;

import java.util.List;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.code.ThemeCode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The ICS's configured codes: places, themes and service areas. Configuration, not code. */
@ConfigurationProperties("chorus.codes")
public record Codebook(List<String> places, List<String> themes, List<String> serviceAreas) {

    public Codebook {
        places = List.copyOf(places);
        themes = List.copyOf(themes);
        serviceAreas = List.copyOf(serviceAreas);
    }

    public boolean isPlace(String code) {
        return places.contains(code);
    }

    public boolean isTheme(String code) {
        return themes.contains(code);
    }

    public boolean isServiceArea(String code) {
        return serviceAreas.contains(code);
    }

    public List<PlaceCode> placeCodes() {
        return places.stream().map(PlaceCode::new).toList();
    }

    public List<ThemeCode> themeCodes() {
        return themes.stream().map(ThemeCode::new).toList();
    }

    public List<ServiceAreaCode> serviceAreaCodes() {
        return serviceAreas.stream().map(ServiceAreaCode::new).toList();
    }
}
