package dev.readiness.gates.sandbox;

/**
 * A DNS label that ends with a pre-production environment's name glued to the product's: Firebase Dynamic Links'
 * {@code passcultureappstaging.page.link}, {@code sillaripreprod.example.fi}. Providers that give each project one
 * label under their own domain (page.link, firebaseapp.com, herokuapp.com, vercel.app) leave no room for a dot or a
 * hyphen, so a team's staging project is written so. Only the long, unambiguous spellings count ({@code staging},
 * {@code preprod}, {@code preproduction}) after at least three letters; {@code backstage} and other words that merely
 * end in {@code stage} are not read so. Stateless.
 */
final class GluedStageLabels {

    private static final String[] ENDINGS = {"staging", "preprod", "preproduction"};
    private static final int MIN_PRODUCT = 3;

    private GluedStageLabels() {
    }

    /**
     * Whether a lower-case label is a product name with a pre-production environment glued to its end.
     *
     * @param label one lower-case DNS label (or a part of one between hyphens)
     * @return {@code true} for such a label
     */
    static boolean endsWithStage(String label) {
        for (String ending : ENDINGS) {
            if (label.length() >= ending.length() + MIN_PRODUCT && label.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
