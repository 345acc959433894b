/**
 * The code the test servers take to create their owner (TEND_SETUP_CODE), fixed so the tests
 * can open the link a new server prints.
 */
export const SETUP_CODE = 'E2E0-TEST-SETU-P000';
