package newswire.clean;

/** A publisher as the alias table knows it; {@code country} is ISO 3166-1 alpha-2 ("KR" means Korea time). */
public record Publisher(String name, String country) {

    public boolean isKorean() {
        return "KR".equals(country);
    }
}
