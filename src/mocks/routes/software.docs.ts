/** Documentation of the software routes (OpenAPI only: summaries, descriptions, documented responses). */
import { identityQualificationResponse } from '../schemas/api.schemas';
import type { RouteDoc } from './route';

export const SOFTWARE_DOCS = {
  identityQualification: {
    summary: "Qualifier l'identité du patient (logiciel du professionnel)",
    description:
      "Le logiciel du professionnel a récupéré l'INS par le téléservice INSi et l'identité a été contrôlée sur une pièce d'identité à haut niveau de confiance : le statut passe à QUAL (PROV, RECUP ou VALI avant), et le matricule INS peut alors servir à alimenter et consulter le DMP (R14). Ce n'est pas une transaction du DMP : rien n'y est tracé. Le statut vaut pour tous les professionnels du monde simulé (hypothèse du simulateur HS17 : en réalité, chaque structure tient son propre référentiel d'identités). Une identité déjà qualifiée ne change pas. 404 DMP.UNKNOWN_PATIENT pour un identifiant inconnu.",
    responses: {
      200: { description: 'Identité qualifiée.', schema: identityQualificationResponse },
    },
  },
} satisfies Record<string, RouteDoc>;
