fn main() {
    vri_invite::start();
}
