/**
 * The tray icon: a 32x32 PNG (a pen on the accent blue), inline so the tray works from the asar
 * without an extra file. Generated once; replace with the product icon when there is one.
 */
export const TRAY_ICON_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA/0lEQVR42tWXwQ3DIAxFc8gKrJCr52AGr8AKWcRjMAMzdIZsQYVEKxpC4wRDqaV/iQjPYGPMNP2bAZICJA1IBpDWKBO/qVbQOUIcIPkTuTh2loKHyTYGeK/wj6ndansDvJe9HBpAWgDpIQB/Kcy1XFm5JDx1QnEcsA3g73BwEs43lvl21LaayYMxT8csvvrUbu0Cs8icwplOuKPMF4MznVCpA7ozPEhXxb8S/pkH8UbrCQ9abzkgBM8cMJ3hWQh0Z3iWhKoz3GcXU6kQNYI7ViluBC+W4sPLqAF8K/aLpdMgCPenfWKpIRGC2/Fbsp83pUO05UM8TIZ5mg3xOG1pT8LLZTNF3i26AAAAAElFTkSuQmCC';
