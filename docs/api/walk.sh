#!/usr/bin/env bash
# Parcours de l'API DMP simulée (données fictives). Prérequis : curl, jq, npm run dmp:serve.
DMP=${DMP:-http://127.0.0.1:4010}

# Recharger le monde simulé — attendu : HTTP 200
curl -sS -X POST "$DMP/training/reset" \
  -H 'Content-Type: application/json' \
  -d '{}' \
  -w '\nHTTP %{http_code}\n'

# Se connecter avec Pro Santé Connect — attendu : HTTP 200
TOKEN_GP=$(curl -sS -X POST "$DMP/auth/psc/token" \
    -H 'Content-Type: application/json' \
    -d '{"rpps":"19999000011","card":"CPS"}' \
    | jq -r .access_token)

# TD0.2 : vérifier le DMP et le statut d'accès — attendu : HTTP 200 DMP.CONSENT_REQUIRED
curl -sS -X GET "$DMP/fhir/Patient?identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C278044410990195&episode=ep-consultation-2025-10" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'

# TD3.1 : rechercher les documents sans consentement — attendu : HTTP 403 DMP.CONSENT_REQUIRED
curl -sS -X GET "$DMP/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C278044410990195&status=current&episode=ep-consultation-2025-10" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'

# Enregistrer le consentement oral de la patiente — attendu : HTTP 201 DMP.CONSENT_ACCEPTED
curl -sS -X POST "$DMP/dmp/consents" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -H 'Content-Type: application/json' \
  -d '{"patient":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"278044410990195"},"episode":"ep-consultation-2025-10","givenBy":"patient","form":"oral","traced":true,"protectorInformed":false}' \
  -w '\nHTTP %{http_code}\n'

# TD3.1 : rechercher à nouveau — attendu : HTTP 200 DMP.CONSULTATION_ALLOWED
curl -sS -X GET "$DMP/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C278044410990195&status=current&episode=ep-consultation-2025-10" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'

# TD3.2 : consulter le volet de synthèse médicale — attendu : HTTP 200
curl -sS -X GET "$DMP/fhir/Binary/doc-adult-vsm?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C278044410990195&episode=ep-consultation-2025-10" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'

# Suivre un lien : lire le DocumentReference — attendu : HTTP 200
curl -sS -X GET "$DMP/fhir/DocumentReference/doc-adult-vsm?episode=ep-consultation-2025-10" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'

# Suivre un lien : attachment.url « Binary/… » — attendu : HTTP 200
curl -sS -X GET "$DMP/fhir/Binary/doc-adult-vsm?episode=ep-consultation-2025-10" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'

# Suivre un lien : subject.reference « Patient/… » — attendu : HTTP 200
curl -sS -X GET "$DMP/fhir/Patient/pat-adult" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'

# TD3.1 sans épisode : le refus le dit — attendu : HTTP 403 DMP.CONSENT_REQUIRED
curl -sS -X GET "$DMP/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C278044410990195" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'

# Se connecter avec une CPE — attendu : HTTP 200
TOKEN_SECRETARIAT=$(curl -sS -X POST "$DMP/auth/psc/token" \
    -H 'Content-Type: application/json' \
    -d '{"professionalId":"pro-secretary-nominative-cpe","card":"CPE"}' \
    | jq -r .access_token)

# TD3.1 : tenter de consulter — attendu : HTTP 403 DMP.CARD_CANNOT_CONSULT
curl -sS -X GET "$DMP/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C278044410990195&status=current&episode=ep-adult-follow-up-2025" \
  -H "Authorization: Bearer $TOKEN_SECRETARIAT" \
  -w '\nHTTP %{http_code}\n'

# Se connecter avec Pro Santé Connect — attendu : HTTP 200
TOKEN_URGENCES=$(curl -sS -X POST "$DMP/auth/psc/token" \
    -H 'Content-Type: application/json' \
    -d '{"rpps":"19999000029","card":"CPS"}' \
    | jq -r .access_token)

# Bris de glace sans motif — attendu : HTTP 422 DMP.BREAK_GLASS_MOTIVE_REQUIRED
curl -sS -X POST "$DMP/dmp/break-glass" \
  -H "Authorization: Bearer $TOKEN_URGENCES" \
  -H 'Content-Type: application/json' \
  -d '{"patient":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"165122B03391397"},"motive":""}' \
  -w '\nHTTP %{http_code}\n'

# Bris de glace avec motif — attendu : HTTP 200 DMP.BREAK_GLASS_ALLOWED
curl -sS -X POST "$DMP/dmp/break-glass" \
  -H "Authorization: Bearer $TOKEN_URGENCES" \
  -H 'Content-Type: application/json' \
  -d '{"patient":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"165122B03391397"},"motive":"Patient inconscient admis aux urgences"}' \
  -w '\nHTTP %{http_code}\n'

# Bris de glace pour un patient qui s'y est opposé — attendu : HTTP 403 DMP.EMERGENCY_ACCESS_REFUSED
curl -sS -X POST "$DMP/dmp/break-glass" \
  -H "Authorization: Bearer $TOKEN_URGENCES" \
  -H 'Content-Type: application/json' \
  -d '{"patient":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"144024909990795"},"motive":"Détresse respiratoire"}' \
  -w '\nHTTP %{http_code}\n'

# Se connecter à Mon espace santé — attendu : HTTP 200
TOKEN_PAUL=$(curl -sS -X POST "$DMP/auth/mes/token" \
    -H 'Content-Type: application/json' \
    -d '{"ins":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"165122B03391397"}}' \
    | jq -r .access_token)

# Lire ses notifications — attendu : HTTP 200
curl -sS -X GET "$DMP/mes/notifications" \
  -H "Authorization: Bearer $TOKEN_PAUL" \
  -w '\nHTTP %{http_code}\n'

# Lire l'historique d'activité — attendu : HTTP 200
curl -sS -X GET "$DMP/mes/history" \
  -H "Authorization: Bearer $TOKEN_PAUL" \
  -w '\nHTTP %{http_code}\n'

# Se connecter avec Pro Santé Connect — attendu : HTTP 200
TOKEN_INFIRMIERE=$(curl -sS -X POST "$DMP/auth/psc/token" \
    -H 'Content-Type: application/json' \
    -d '{"rpps":"19999000094","card":"CPS"}' \
    | jq -r .access_token)

# TD3.1 : consulter grâce au consentement de l'équipe — attendu : HTTP 200 DMP.CONSULTATION_ALLOWED
curl -sS -X GET "$DMP/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C278044410990195&status=current&episode=ep-adult-follow-up-2025" \
  -H "Authorization: Bearer $TOKEN_INFIRMIERE" \
  -w '\nHTTP %{http_code}\n'

# Se connecter à Mon espace santé — attendu : HTTP 200
TOKEN_CLAIRE=$(curl -sS -X POST "$DMP/auth/mes/token" \
    -H 'Content-Type: application/json' \
    -d '{"ins":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"278044410990195"}}' \
    | jq -r .access_token)

# Bloquer l'infirmière — attendu : HTTP 200 DMP.SETTINGS_ACCEPTED
curl -sS -X POST "$DMP/mes/blocked-professionals" \
  -H "Authorization: Bearer $TOKEN_CLAIRE" \
  -H 'Content-Type: application/json' \
  -d '{"rpps":"19999000094"}' \
  -w '\nHTTP %{http_code}\n'

# TD3.1 : consulter à nouveau — attendu : HTTP 403 DMP.ACCESS_BLOCKED
curl -sS -X GET "$DMP/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C278044410990195&status=current&episode=ep-adult-follow-up-2025" \
  -H "Authorization: Bearer $TOKEN_INFIRMIERE" \
  -w '\nHTTP %{http_code}\n'

# Tenter le bris de glace — attendu : HTTP 403 DMP.ACCESS_BLOCKED
curl -sS -X POST "$DMP/dmp/break-glass" \
  -H "Authorization: Bearer $TOKEN_INFIRMIERE" \
  -H 'Content-Type: application/json' \
  -d '{"patient":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"278044410990195"},"motive":"Malaise au domicile"}' \
  -w '\nHTTP %{http_code}\n'

# Débloquer l'infirmière — attendu : HTTP 200 DMP.SETTINGS_ACCEPTED
curl -sS -X DELETE "$DMP/mes/blocked-professionals/19999000094" \
  -H "Authorization: Bearer $TOKEN_CLAIRE" \
  -w '\nHTTP %{http_code}\n'

# TD3.1 : consulter après le déblocage — attendu : HTTP 200 DMP.CONSULTATION_ALLOWED
curl -sS -X GET "$DMP/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C278044410990195&status=current&episode=ep-adult-follow-up-2025" \
  -H "Authorization: Bearer $TOKEN_INFIRMIERE" \
  -w '\nHTTP %{http_code}\n'

# Lire l'historique d'activité — attendu : HTTP 200
curl -sS -X GET "$DMP/mes/history" \
  -H "Authorization: Bearer $TOKEN_CLAIRE" \
  -w '\nHTTP %{http_code}\n'

# Se connecter au profil d'Inès (17 ans) — attendu : HTTP 200
TOKEN_NADIA=$(curl -sS -X POST "$DMP/auth/mes/token" \
    -H 'Content-Type: application/json' \
    -d '{"ins":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"207107218190373"},"representativeId":"rep-petit-nadia"}' \
    | jq -r .access_token)

# Lire le profil — attendu : HTTP 200 DMP.REPRESENTATIVE_ACCESS_ALLOWED
curl -sS -X GET "$DMP/mes/profile" \
  -H "Authorization: Bearer $TOKEN_NADIA" \
  -w '\nHTTP %{http_code}\n'

# Lire les documents — attendu : HTTP 200 DMP.REPRESENTATIVE_ACCESS_ALLOWED
curl -sS -X GET "$DMP/mes/documents" \
  -H "Authorization: Bearer $TOKEN_NADIA" \
  -w '\nHTTP %{http_code}\n'

# Inès tente de se connecter elle-même — attendu : HTTP 200
TOKEN_INES=$(curl -sS -X POST "$DMP/auth/mes/token" \
    -H 'Content-Type: application/json' \
    -d '{"ins":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"207107218190373"}}' \
    | jq -r .access_token)

# Lire ses documents avant 18 ans — attendu : HTTP 403 DMP.PROFILE_MANAGED_BY_REPRESENTATIVE
curl -sS -X GET "$DMP/mes/documents" \
  -H "Authorization: Bearer $TOKEN_INES" \
  -w '\nHTTP %{http_code}\n'

# TD3.1 : consulter le DMP d'Inès — attendu : HTTP 200 DMP.CONSULTATION_ALLOWED
curl -sS -X GET "$DMP/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C207107218190373&status=current&episode=ep-turning-18-follow-up" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'

# Avancer l'horloge de 15 jours — attendu : HTTP 200
curl -sS -X POST "$DMP/training/clock" \
  -H 'Content-Type: application/json' \
  -d '{"advance":{"days":15}}' \
  -w '\nHTTP %{http_code}\n'

# Réutiliser son ancien jeton — attendu : HTTP 401 AUTH.TOKEN_EXPIRED
curl -sS -X GET "$DMP/mes/documents" \
  -H "Authorization: Bearer $TOKEN_NADIA" \
  -w '\nHTTP %{http_code}\n'

# Se reconnecter — attendu : HTTP 200
TOKEN_NADIA=$(curl -sS -X POST "$DMP/auth/mes/token" \
    -H 'Content-Type: application/json' \
    -d '{"ins":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"207107218190373"},"representativeId":"rep-petit-nadia"}' \
    | jq -r .access_token)

# Lire les documents après la majorité — attendu : HTTP 403 DMP.REPRESENTATIVE_ACCESS_ENDED
curl -sS -X GET "$DMP/mes/documents" \
  -H "Authorization: Bearer $TOKEN_NADIA" \
  -w '\nHTTP %{http_code}\n'

# Se reconnecter — attendu : HTTP 200
TOKEN_INES=$(curl -sS -X POST "$DMP/auth/mes/token" \
    -H 'Content-Type: application/json' \
    -d '{"ins":{"system":"urn:oid:1.2.250.1.213.1.4.10","value":"207107218190373"}}' \
    | jq -r .access_token)

# Lire ses documents avant d’activer son compte — attendu : HTTP 403 DMP.OWN_ACCOUNT_NOT_ACTIVATED
curl -sS -X GET "$DMP/mes/documents" \
  -H "Authorization: Bearer $TOKEN_INES" \
  -w '\nHTTP %{http_code}\n'

# Activer son compte — attendu : HTTP 200 DMP.SETTINGS_ACCEPTED
curl -sS -X POST "$DMP/mes/activation" \
  -H "Authorization: Bearer $TOKEN_INES" \
  -w '\nHTTP %{http_code}\n'

# Lire ses documents — attendu : HTTP 200 DMP.PATIENT_VIEW_ALLOWED
curl -sS -X GET "$DMP/mes/documents" \
  -H "Authorization: Bearer $TOKEN_INES" \
  -w '\nHTTP %{http_code}\n'

# Se reconnecter — attendu : HTTP 200
TOKEN_GP=$(curl -sS -X POST "$DMP/auth/psc/token" \
    -H 'Content-Type: application/json' \
    -d '{"rpps":"19999000011","card":"CPS"}' \
    | jq -r .access_token)

# TD3.1 : consulter le DMP d'Inès majeure — attendu : HTTP 403 DMP.CONSENT_GIVER_NOT_ENTITLED
curl -sS -X GET "$DMP/fhir/DocumentReference?patient.identifier=urn%3Aoid%3A1.2.250.1.213.1.4.10%7C207107218190373&status=current&episode=ep-turning-18-follow-up" \
  -H "Authorization: Bearer $TOKEN_GP" \
  -w '\nHTTP %{http_code}\n'
